package org.tongban.retrofit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitKind;
import org.tongban.people.IdNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.retrofit.RetrofitValidationException.Problem;

/** Checks an application field by field, for the view (as the user types) and the server alike. */
@Component
class ApplicationChecks {

    static final Set<String> HARDSHIP = Set.of("DIBAO", "TEKUN", "LOW_INCOME", "NONE");
    static final Set<String> TENURE = Set.of("OWNED", "LONG_TERM_RENT", "PUBLIC_RENT");

    private final PeopleRegistry people;
    private final Organisation organisation;

    ApplicationChecks(PeopleRegistry people, Organisation organisation) {
        this.people = people;
        this.organisation = organisation;
    }

    /** The problems of each field, keyed by the field's name; empty when the input is good. */
    Map<String, Problem> problems(NewApplication in) {
        Map<String, Problem> p = new LinkedHashMap<>();
        idNumber("headIdNumber", in.headIdNumber(), p);
        for (int i = 0; i < in.members().size(); i++) {
            idNumber("members[" + i + "].idNumber", in.members().get(i).idNumber(), p);
            String relation = in.members().get(i).relation();
            if (relation == null || relation.isBlank() || relation.length() > 20) {
                p.put("members[" + i + "].relation", new Problem("请填写与户主关系（20 字以内）", "Give the relation to the head (up to 20 characters)"));
            }
        }
        if (in.grassRootsUnit() == null || organisation.find(in.grassRootsUnit())
                .filter(u -> u.getKind() == UnitKind.GRASSROOTS && u.hasInbox()).isEmpty()) {
            p.put("grassRootsUnit", new Problem("请选择所在社区或嘎查", "Choose the community or gacha"));
        }
        if (in.address() == null || in.address().isBlank() || in.address().length() > 200) {
            p.put("address", new Problem("请填写住址（200 字以内）", "Give the address (up to 200 characters)"));
        }
        if (in.hardshipClaimed() == null || !HARDSHIP.contains(in.hardshipClaimed())) {
            p.put("hardshipClaimed", new Problem("请选择困难类别", "Choose the hardship category"));
        }
        if (in.tenure() == null || !TENURE.contains(in.tenure())) {
            p.put("tenure", new Problem("请选择住房性质", "Choose the tenure"));
        } else if (!"OWNED".equals(in.tenure()) && !in.landlordConsent()) {
            p.put("landlordConsent", new Problem("租住房屋改造须经产权人同意", "A rented home needs the landlord's consent"));
        }
        if (in.channel() == null) {
            p.put("channel", new Problem("请选择申请渠道", "Choose the channel"));
        }
        if (in.need() == null || in.need().strip().length() < 5 || in.need().length() > 500) {
            p.put("need", new Problem("请描述改造需求（5–500 字）", "Describe the need (5–500 characters)"));
        }
        return p;
    }

    /** One ID number: well formed, a valid check character, and a person in the registry. */
    Problem idNumberProblem(String value) {
        String id = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!id.matches("\\d{17}[\\dX]")) {
            return new Problem("身份证号应为 18 位", "The ID number has 18 characters");
        }
        if (!IdNumbers.hasValidCheckCharacter(id)) {
            return new Problem("身份证号校验位不正确", "The ID number's check character is wrong");
        }
        if (people.findByIdNumber(id).isEmpty()) {
            return new Problem("残疾人信息库中没有此人，请先办理登记", "Not in the disabled-person registry; register first");
        }
        return null;
    }

    private void idNumber(String field, String value, Map<String, Problem> p) {
        Problem problem = idNumberProblem(value);
        if (problem != null) {
            p.put(field, problem);
        }
    }
}
