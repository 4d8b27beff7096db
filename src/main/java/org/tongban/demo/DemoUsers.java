package org.tongban.demo;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;
import org.tongban.organisation.Role;

/**
 * Creates the demo accounts (README lists them): an officer per agency with tasks in the five
 * procedures, the 14 grass-roots 专职委员, a supervisor per agency with tasks, a committee member and
 * an administrator. Existing accounts are left as they are.
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record Account(String username, String familyName, String givenName, String unit, Role role) {
    }

    static final List<Account> ACCOUNTS = accounts();

    private final IdentityService identity;
    private final String password;

    DemoUsers(IdentityService identity, @Value("${tongban.demo.password}") String password) {
        this.identity = identity;
        this.password = password;
    }

    private static List<Account> accounts() {
        List<Account> list = new ArrayList<>();
        String[][] officers = {
            {"CDPF", "王", "丽娟"}, {"HRSS", "李", "建国"}, {"FIN", "张", "敏"}, {"TAX", "刘", "洋"},
            {"HOUSING", "陈", "志强"}, {"CIVIL", "杨", "秀兰"}, {"HEALTH", "赵", "静"}, {"MEDINS", "黄", "磊"},
            {"EDU", "周", "婷"}, {"JUSTICE", "吴", "海燕"}, {"POLICE", "徐", "军"}, {"PROCURATORATE", "孙", "颖"},
            {"COURT", "马", "超"}, {"MARKET", "朱", "红梅"},
        };
        for (String[] o : officers) {
            list.add(new Account(o[0].toLowerCase() + ".officer", o[1], o[2], o[0], Role.OFFICER));
        }
        String[][] grassRoots = {
            {"COMMUNITY-01", "郭", "玉兰"}, {"COMMUNITY-02", "何", "斌"}, {"COMMUNITY-03", "高", "娜"},
            {"COMMUNITY-04", "林", "晓东"}, {"COMMUNITY-05", "罗", "燕"}, {"COMMUNITY-06", "郑", "凯"},
            {"COMMUNITY-07", "梁", "慧"}, {"COMMUNITY-08", "谢", "鹏"}, {"SUMU-01", "", "其其格"},
            {"GACHA-01", "", "巴特尔"}, {"GACHA-02", "", "乌云"}, {"GACHA-03", "", "斯琴"},
            {"GACHA-04", "", "额尔敦"}, {"GACHA-05", "", "萨仁"},
        };
        for (String[] g : grassRoots) {
            list.add(new Account(g[0].toLowerCase().replace("-", ""), g[1], g[2], g[0], Role.OFFICER));
        }
        String[][] supervisors = {
            {"CDPF", "宋", "卫东"}, {"HRSS", "唐", "丽"}, {"HOUSING", "韩", "涛"},
            {"HEALTH", "冯", "雪"}, {"JUSTICE", "邓", "明"}, {"POLICE", "曹", "刚"},
            {"FIN", "钱", "峰"}, {"TAX", "田", "波"}, {"CIVIL", "蒋", "雯"}, {"MEDINS", "于", "洪"},
            {"EDU", "许", "莉"}, {"PROCURATORATE", "沈", "杰"}, {"COURT", "吕", "强"}, {"MARKET", "苏", "婷"},
        };
        for (String[] s : supervisors) {
            list.add(new Account(s[0].toLowerCase() + ".supervisor", s[1], s[2], s[0], Role.SUPERVISOR));
        }
        list.add(new Account("committee", "彭", "立新", "COMMITTEE", Role.COMMITTEE));
        list.add(new Account("admin", "系统", "管理员", null, Role.ADMIN));
        return List.copyOf(list);
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Account account : ACCOUNTS) {
            if (identity.createUserQuery().userId(account.username()).count() > 0) {
                continue;
            }
            User user = identity.newUser(account.username());
            user.setFirstName(account.givenName());
            user.setLastName(account.familyName());
            user.setPassword(password);
            user.setEmail(account.username() + "@tongban.example");
            identity.saveUser(user);
            identity.createMembership(account.username(), account.role().groupId());
            if (account.unit() != null) {
                identity.createMembership(account.username(), account.unit());
            }
            if (account.role() == Role.ADMIN) {
                identity.createMembership(account.username(), Groups.CAMUNDA_ADMIN);
            }
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo accounts", created);
        }
    }
}
