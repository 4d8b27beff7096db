package org.tongban.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tongban.people.DisabilityCategory;
import org.tongban.people.IdNumbers;
import org.tongban.people.PersonRegistration;

/**
 * A deterministic synthetic registry mirroring the city plan's figures (common.md §7): 773 people,
 * 766 certified, 318 of grades 1–2, categories in the 2020 shares, 433 of working age of whom
 * 227 employed, about 10 % rural herders in the 嘎查. ID numbers use region 152501 and the
 * sequence 900–999 reserved for synthetic people, with valid GB 11643 check characters.
 */
final class SyntheticPeople {

    static final int PEOPLE = 773;
    static final int CERTIFIED = 766;
    static final int SEVERE = 318;
    static final int WORKING_AGE = 433;
    static final int EMPLOYED = 227;
    static final int RURAL = 77;
    static final int CHILDREN = 40;

    /** 2020 shares per mille, in the order of {@link #CATEGORY_ORDER}. */
    private static final int[] CATEGORY_SHARES = {607, 150, 91, 77, 47, 18, 9};
    private static final DisabilityCategory[] CATEGORY_ORDER = {
        DisabilityCategory.PHYSICAL, DisabilityCategory.HEARING, DisabilityCategory.VISUAL,
        DisabilityCategory.PSYCHOSOCIAL, DisabilityCategory.MULTIPLE, DisabilityCategory.INTELLECTUAL,
        DisabilityCategory.SPEECH,
    };

    private static final String FAMILY = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万钱严武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞斌宇浩凯健俊帆帅旭宁晨阳欣怡佳琪雪梅海燕志成春林晓东丹婷慧琳冬梅德福永庆金凤淑珍";
    private static final String[] MONGOLIAN = {
        "巴特尔", "其其格", "乌云", "斯琴", "阿拉坦", "苏日娜", "额尔敦", "那仁", "呼和", "格日勒",
        "萨仁", "图雅", "宝音", "朝鲁", "敖登", "哈斯", "孟和", "达来", "乌力吉", "娜仁花",
    };
    private static final String[] COMMUNITIES = {
        "COMMUNITY-01", "COMMUNITY-02", "COMMUNITY-03", "COMMUNITY-04",
        "COMMUNITY-05", "COMMUNITY-06", "COMMUNITY-07", "COMMUNITY-08",
    };
    private static final String[] GACHAS = {"GACHA-01", "GACHA-02", "GACHA-03", "GACHA-04", "GACHA-05"};

    private final Random random;
    private final LocalDate today;
    private final Set<String> usedIds = new HashSet<>();

    SyntheticPeople(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    List<PersonRegistration> generate() {
        List<DisabilityCategory> categories = shuffled(categoriesForCards());
        List<Integer> grades = shuffled(gradesForCards());
        List<PersonRegistration> people = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            boolean child = i < CHILDREN;
            boolean workingAge = !child && i < CHILDREN + WORKING_AGE;
            boolean employed = workingAge && i < CHILDREN + EMPLOYED;
            boolean rural = i % 10 == 3; // 77 of 773, spread over every age group
            LocalDate birth = birthDate(child ? 1 : workingAge ? 17 : 61, child ? 14 : workingAge ? 58 : 90);
            boolean male = random.nextBoolean();
            String id = idNumber(birth, male);
            String unit = rural ? GACHAS[random.nextInt(GACHAS.length)] : COMMUNITIES[random.nextInt(COMMUNITIES.length)];
            String card = null;
            LocalDate issued = null;
            if (i < CERTIFIED) {
                card = id + categories.get(i).digit() + grades.get(i);
                LocalDate earliest = birth.plusMonths(6).isAfter(today.minusYears(10)) ? birth.plusMonths(6) : today.minusYears(10);
                issued = earliest.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - earliest.toEpochDay())));
            }
            people.add(new PersonRegistration(name(rural), male ? "M" : "F", id, unit, rural, employed, card, issued));
        }
        return people;
    }

    /** Largest-remainder apportionment of the 766 cards over the 2020 category shares. */
    private List<DisabilityCategory> categoriesForCards() {
        int total = 0;
        for (int share : CATEGORY_SHARES) {
            total += share;
        }
        int[] counts = new int[CATEGORY_SHARES.length];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = CERTIFIED * CATEGORY_SHARES[i] / total;
            assigned += counts[i];
        }
        for (int i = 0; assigned < CERTIFIED; i = (i + 1) % counts.length, assigned++) {
            counts[i]++;
        }
        List<DisabilityCategory> list = new ArrayList<>(CERTIFIED);
        for (int i = 0; i < counts.length; i++) {
            list.addAll(Collections.nCopies(counts[i], CATEGORY_ORDER[i]));
        }
        return list;
    }

    private List<Integer> gradesForCards() {
        List<Integer> list = new ArrayList<>(CERTIFIED);
        for (int i = 0; i < CERTIFIED; i++) {
            list.add(i < SEVERE ? 1 + i % 2 : 3 + i % 2);
        }
        return list;
    }

    private <T> List<T> shuffled(List<T> list) {
        Collections.shuffle(list, random);
        return list;
    }

    private LocalDate birthDate(int minAge, int maxAge) {
        LocalDate youngest = today.minusYears(minAge);
        LocalDate oldest = today.minusYears(maxAge + 1L).plusDays(1);
        return oldest.plusDays(random.nextInt((int) (youngest.toEpochDay() - oldest.toEpochDay())));
    }

    /** Region 152501, the birth date, a sequence 900–999 whose last digit is odd for men, the check character. */
    private String idNumber(LocalDate birth, boolean male) {
        while (true) {
            int sequence = 900 + random.nextInt(50) * 2 + (male ? 1 : 0);
            String first17 = "152501" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
            String id = first17 + IdNumbers.checkCharacter(first17);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    private String name(boolean rural) {
        if (rural || random.nextInt(100) < 12) {
            return MONGOLIAN[random.nextInt(MONGOLIAN.length)];
        }
        String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextBoolean()) {
            given += GIVEN.charAt(random.nextInt(GIVEN.length()));
        }
        return FAMILY.charAt(random.nextInt(FAMILY.length())) + given;
    }
}
