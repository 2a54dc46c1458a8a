package se.arenaregister.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TopicForm(@NotBlank @Size(max = 300) String name, @Size(max = 4000) String description, Long version) {

    public static TopicForm empty() {
        return new TopicForm("", "", null);
    }

    public static TopicForm of(Topic topic) {
        return new TopicForm(topic.name(), topic.description(), topic.version());
    }

    public TopicForm withVersion(Long newVersion) {
        return new TopicForm(name, description, newVersion);
    }
}
