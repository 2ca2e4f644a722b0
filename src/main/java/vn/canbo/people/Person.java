package vn.canbo.people;

import java.time.Instant;

/**
 * A stored dossier: its fields, the optimistic-lock version and who created and last
 * changed it.
 */
@org.springframework.modulith.NamedInterface("api")
public record Person(long id, int version, PersonData data, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy) {
}
