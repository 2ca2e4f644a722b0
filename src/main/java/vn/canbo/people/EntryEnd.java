package vn.canbo.people;

import java.time.LocalDate;

/**
 * An effective-dated entry of a dossier to end on a date (exclusive), for the bulk writes
 * ({@link PersonService#endAll}).
 */
@org.springframework.modulith.NamedInterface("api")
public record EntryEnd(long personId, long entryId, LocalDate endDate) {
}
