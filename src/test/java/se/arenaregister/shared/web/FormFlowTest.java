package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;

/** The form pages' one flow: change and redirect, or the form again with the reason next to the fields. */
class FormFlowTest {

    public record NameForm(String name, Long version) {
        public NameForm withVersion(Long newVersion) {
            return new NameForm(name, newVersion);
        }
    }

    final NameForm submitted = new NameForm("Nytt namn", 3L);
    final BeanPropertyBindingResult result = new BeanPropertyBindingResult(submitted, "form");
    final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void aValidFormIsChangedAndRedirected() {
        assertThat(FormFlow.submit(result, model, () -> "redirect:/klart", () -> "formulär")).isEqualTo("redirect:/klart");
        assertThat(model).isEmpty();
    }

    @Test
    void aFormThatFailedItsChecksIsNotChanged() {
        result.rejectValue("name", "NotBlank");
        AtomicBoolean changed = new AtomicBoolean();
        assertThat(FormFlow.submit(result, model, () -> {
            changed.set(true);
            return "redirect:/klart";
        }, () -> "formulär")).isEqualTo("formulär");
        assertThat(changed).isFalse();
    }

    @Test
    void aRefusedChangePutsItsReasonsNextToTheFields() {
        String view = FormFlow.submit(result, model, () -> {
            throw InvalidInputException.of("name", "name.duplicate");
        }, () -> "formulär");
        assertThat(view).isEqualTo("formulär");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("name.duplicate");
    }

    @Test
    void aConflictShowsTheStoredValuesAndMovesTheFormToTheStoredVersion() {
        String view = FormFlow.submit(result, model, () -> {
            throw new EditConflictException(4, Map.of("name", "Kollegans namn"), "kollega");
        }, submitted::withVersion, () -> "formulär");
        assertThat(view).isEqualTo("formulär");
        assertThat(model.get("form")).isEqualTo(new NameForm("Nytt namn", 4L));
        assertThat(model.get("conflictBy")).isEqualTo("kollega");
        assertThat(model.get("conflict")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("name", "Kollegans namn");
    }

    @Test
    void aFormThatCannotConflictLetsAConflictThrough() {
        assertThatThrownBy(() -> FormFlow.submit(result, model, () -> {
            throw new EditConflictException(4, Map.of(), "kollega");
        }, () -> "formulär")).isInstanceOf(EditConflictException.class);
    }
}
