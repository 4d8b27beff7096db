package org.tongban.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Stores an amount (e.g. a declared income) encrypted: {@code @Convert(converter = EncryptedDecimal.class)}. */
@Component
@Converter
public class EncryptedDecimal implements AttributeConverter<BigDecimal, String> {

    private final FieldEncryption encryption;

    EncryptedDecimal(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String convertToDatabaseColumn(BigDecimal attribute) {
        return attribute == null ? null : encryption.encrypt(attribute.toPlainString());
    }

    @Override
    public BigDecimal convertToEntityAttribute(String column) {
        return column == null ? null : new BigDecimal(encryption.decrypt(column));
    }
}
