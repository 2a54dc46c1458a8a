package se.arenaregister.exchange.internal;

/**
 * The columns the register exports and recognises on import, in export order: the memo's appendix
 * columns first, then where the arena sits and how it is classified, and who represents the organisation there.
 * Headers: {@code exchange.column.*}.
 */
public enum Column {
    NAME("name", 45), TYPES("types", 28), OTHER_INFO("otherInfo", 50), PURPOSE("purpose", 60),
    AREA("area", 22), SUB_AREA("subArea", 30), LEVELS("levels", 34), SCOPE("scope", 18), CONVENER("convener", 36),
    LED_BY_HOME("ledByHome", 11), TOPICS("topics", 36), STATUS("status", 12),
    REPRESENTATIVES("representatives", 45);

    private final String key;
    private final int width;

    Column(String key, int width) {
        this.key = key;
        this.width = width;
    }

    public String messageKey() {
        return "exchange.column." + key;
    }

    /** Column width in characters, for the spreadsheet. */
    int width() {
        return width;
    }

    /** Free text that may wrap in a spreadsheet cell. */
    boolean isLongText() {
        return this == OTHER_INFO || this == PURPOSE || this == REPRESENTATIVES;
    }
}
