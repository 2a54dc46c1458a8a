package se.arenaregister.person;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An elected representative or an official. Personal data: the public sees name, party and roles of
 * elected representatives only. {@code example} marks invented demo people; {@code erased} a person
 * whose data was removed on request (GDPR) while their appointments stay for history and figures.
 */
@Table("person")
record Person(@Id Long id, String name, PersonKind kind, String party, String title, Long areaId, String email, String phone,
              boolean example, boolean erased, @Version Long version,
              @MappedCollection(idColumn = "person_id") Set<CommitteeSeat> committees) {

    @Table("person_committee")
    record CommitteeSeat(Long committeeId) {
    }

    boolean isElected() {
        return kind == PersonKind.ELECTED;
    }
}
