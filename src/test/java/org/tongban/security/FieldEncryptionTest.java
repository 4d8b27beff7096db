package org.tongban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldEncryptionTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    final FieldEncryption encryption = new FieldEncryption(KEY);

    @Test
    void a_value_comes_back_and_never_encrypts_the_same_way_twice() {
        String facts = "被拖欠工资三个月，共计一万二千元。";

        String once = encryption.encrypt(facts);
        String twice = encryption.encrypt(facts);

        assertThat(once).startsWith("v1:").doesNotContain("拖欠").isNotEqualTo(twice);
        assertThat(encryption.decrypt(once)).isEqualTo(facts);
        assertThat(encryption.decrypt(twice)).isEqualTo(facts);
        assertThat(encryption.encrypt(null)).isNull();
    }

    @Test
    void an_altered_value_or_another_key_fails_instead_of_reading_garbage() {
        String stored = encryption.encrypt("860.00");
        char[] chars = stored.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        FieldEncryption other = new FieldEncryption(Base64.getEncoder().encodeToString(new byte[32]));

        assertThatThrownBy(() -> encryption.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldEncryption("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
