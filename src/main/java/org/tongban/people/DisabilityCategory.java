package org.tongban.people;

/** The seven categories of GB/T 26341-2010, with the digit used in the card number. */
public enum DisabilityCategory {
    VISUAL(1, "视力"),
    HEARING(2, "听力"),
    SPEECH(3, "言语"),
    PHYSICAL(4, "肢体"),
    INTELLECTUAL(5, "智力"),
    PSYCHOSOCIAL(6, "精神"),
    MULTIPLE(7, "多重");

    private final int digit;
    private final String chinese;

    DisabilityCategory(int digit, String chinese) {
        this.digit = digit;
        this.chinese = chinese;
    }

    public int digit() {
        return digit;
    }

    public String chinese() {
        return chinese;
    }

    public static DisabilityCategory ofDigit(int digit) {
        for (DisabilityCategory category : values()) {
            if (category.digit == digit) {
                return category;
            }
        }
        throw new IllegalArgumentException("No disability category " + digit);
    }
}
