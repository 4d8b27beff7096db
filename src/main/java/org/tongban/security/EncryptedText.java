package org.tongban.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores a String column encrypted: {@code @Convert(converter = EncryptedText.class)}. */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final FieldEncryption encryption;

    EncryptedText(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return encryption.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return encryption.decrypt(column);
    }
}
