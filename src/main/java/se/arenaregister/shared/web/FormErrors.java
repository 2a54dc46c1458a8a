package se.arenaregister.shared.web;

import org.springframework.validation.BindingResult;
import se.arenaregister.shared.InvalidInputException;

/** Puts a service's rejections next to the form fields they concern. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult result, InvalidInputException e) {
        for (InvalidInputException.Rejection r : e.rejections()) {
            if (r.field() == null || r.field().isBlank() || !result.getModel().containsKey(result.getObjectName())
                    || !isField(result, r.field())) {
                result.reject(r.code(), r.args(), null);
            } else if (result.getFieldErrorCount(r.field()) == 0) {
                result.rejectValue(r.field(), r.code(), r.args(), null);
            }
        }
    }

    private static boolean isField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
