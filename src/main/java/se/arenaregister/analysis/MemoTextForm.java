package se.arenaregister.analysis;

import jakarta.validation.constraints.Size;

/** A hand-written memo text as the user edits it; {@code version} is what the user opened (null: new text). */
public record MemoTextForm(@Size(max = MemoTexts.MAX_LENGTH) String text, Long version) {

    public MemoTextForm withVersion(Long newVersion) {
        return new MemoTextForm(text, newVersion);
    }
}
