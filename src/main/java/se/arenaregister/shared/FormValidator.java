package se.arenaregister.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Runs a form's Bean Validation constraints inside a service, so every way in (web form, API, demo
 * data, import) passes the same checks, then adds the service's own rejections. Throws
 * {@link InvalidInputException} with all of them, before anything is stored.
 */
@Component
public class FormValidator {

    private final SpringValidatorAdapter validator;

    FormValidator(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    public void check(Object form, List<InvalidInputException.Rejection> ruleRejections) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        List<InvalidInputException.Rejection> all = new ArrayList<>();
        errors.getFieldErrors().forEach(e -> all.add(new InvalidInputException.Rejection(e.getField(), e.getCode(), e.getArguments())));
        errors.getGlobalErrors().forEach(e -> all.add(new InvalidInputException.Rejection("", e.getCode(), e.getArguments())));
        all.addAll(ruleRejections);
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }
}
