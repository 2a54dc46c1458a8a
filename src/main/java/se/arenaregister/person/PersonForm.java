package se.arenaregister.person;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PersonForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull PersonKind kind,
        @Size(max = 100) String party,
        @Size(max = 200) String title,
        Long areaId,
        @Email @Size(max = 200) String email,
        @Size(max = 50) @Pattern(regexp = "^$|^[0-9 +()-]{5,50}$", message = "{person.phone.format}") String phone,
        Set<Long> committeeIds,
        Boolean example,
        Long version) {

    public PersonForm {
        committeeIds = committeeIds == null ? Set.of() : Set.copyOf(committeeIds);
        example = Boolean.TRUE.equals(example);
    }

    public static PersonForm empty() {
        return new PersonForm("", PersonKind.ELECTED, "", "", null, "", "", Set.of(), false, null);
    }

    static PersonForm of(Person p) {
        return new PersonForm(p.name(), p.kind(), p.party(), p.title(), p.areaId(), p.email(), p.phone(),
                p.committees().stream().map(Person.CommitteeSeat::committeeId).collect(java.util.stream.Collectors.toSet()),
                p.example(), p.version());
    }

    public PersonForm withVersion(Long newVersion) {
        return new PersonForm(name, kind, party, title, areaId, email, phone, committeeIds, example, newVersion);
    }
}
