package se.arenaregister.shared;

import java.util.List;

/**
 * Input that breaks a rule no annotation can check (a duplicate name, a sub-area of another area).
 * Each rejection names the field and a message code, so forms show it next to the field and the
 * API names the field in its problem details. Nothing has been stored when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    public record Rejection(String field, String code, Object... args) {
    }

    private final List<Rejection> rejections;

    public InvalidInputException(List<Rejection> rejections) {
        super("Invalid input: " + rejections.stream().map(r -> r.field() + "=" + r.code()).toList());
        this.rejections = List.copyOf(rejections);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(new Rejection(field, code, args)));
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}
