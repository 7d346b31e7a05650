package io.talentwatch.definition;

/** A value the job definition does not accept; {@code key} is relative to the section that threw it. */
public final class InvalidSetting extends IllegalArgumentException {
    private final String key;

    public InvalidSetting(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String problem() {
        String message = getMessage();
        return message.substring(key.length() + 2);
    }
}
