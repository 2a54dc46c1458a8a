package se.arenaregister.report.internal;

import java.util.List;

/** A file that cannot be the memo's template, with the message code (and its arguments) that says why. */
public class TemplateRefusedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;
    private final List<String> missingStyles;

    TemplateRefusedException(String code, Object... args) {
        this(code, List.of(), args);
    }

    private TemplateRefusedException(String code, List<String> missingStyles, Object... args) {
        super(code);
        this.code = code;
        this.args = args.clone();
        this.missingStyles = List.copyOf(missingStyles);
    }

    /** The template lacks these styles: the message codes of their names as Word shows them. */
    static TemplateRefusedException missingStyles(List<String> styleCodes) {
        return new TemplateRefusedException("report.template.refused.styles", styleCodes);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Message codes of the styles the template lacks (report.template.style.*), for the code that names them. */
    public List<String> missingStyles() {
        return missingStyles;
    }
}
