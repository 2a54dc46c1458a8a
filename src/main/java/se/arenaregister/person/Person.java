package se.arenaregister.person;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * An elected representative or an official. Personal data: the public sees name, party and roles of
 * elected representatives only. {@code example} marks invented demo people; {@code erased} a person
 * whose data was removed on request (GDPR) while their appointments stay for history and figures. {@code accountId}
 * links the person to their user account, if they have one (at most one account per person and person per account).
 */
@Table("person")
@Traced(value = EntityType.PERSON, tables = {"person", "person_committee"})
record Person(@Id Long id, String name, PersonKind kind, String party, String title, Long areaId, String email, String phone,
              // The person's user account (security's app_user), logged by its user name.
              @Traced.As("account") Long accountId,
              // Not logged: the demo-data marker, and erasure, which is an action of its own.
              @Traced.Omitted boolean example, @Traced.Omitted boolean erased, @Version Long version,
              @MappedCollection(idColumn = "person_id") @Traced.As("committeeIds") Set<CommitteeSeat> committees) {

    @Table("person_committee")
    record CommitteeSeat(Long committeeId) {
    }

    boolean isElected() {
        return kind == PersonKind.ELECTED;
    }

    Person withAccount(Long account) {
        return new Person(id, name, kind, party, title, areaId, email, phone, account, example, erased, version, committees);
    }
}
