package vn.canbo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.HeadcountProvider;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Hồ sơ cán bộ: create, read, update and soft-delete dossiers and their effective-dated histories. Every
 * call takes the caller's {@link Scope}: a person is in scope when their main position, as of the asked
 * date or as of today, is in a unit of the scope; otherwise {@link NotFoundException}. Every change bumps
 * the person's version. Invalid input → {@link ValidationException} listing every field.
 */
@Service
public class PersonService implements HeadcountProvider {

    // ---- dossier ----

    /** Creates a dossier with its initial main position (required, in scope), optional salary and qualifications. */
    @Transactional
    public PersonView create(NewPerson p, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Bulk insert in one transaction with JDBC batches (imports, demo data); validates every entry first. Returns ids in order. */
    @Transactional
    public List<Long> createAll(List<NewPerson> people, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** {@link #createAll(List, Scope)} with the whole tree as scope. */
    @Transactional
    public List<Long> createAll(List<NewPerson> people) {
        return createAll(people, Scope.all());
    }

    /** The dossier as of a date (null = today). */
    @Transactional(readOnly = true)
    public PersonView get(long id, LocalDate asOf, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Replaces the dossier fields. Stale {@code expectedVersion} → {@link ConcurrentEditException}. */
    @Transactional
    public PersonView update(long id, int expectedVersion, PersonData data, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Soft delete (a recorded state: deleted_at, deleted_by, reason). */
    @Transactional
    public void softDelete(long id, String reason, Scope scope) {
        throw new UnsupportedOperationException();
    }

    // ---- positions ----

    @Transactional
    public Position addPosition(long personId, Position p, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Ends a position: {@code endDate} is the first day no longer held (valid_to, exclusive). */
    @Transactional
    public Position endPosition(long personId, long positionId, LocalDate endDate, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Position correctPosition(long personId, long positionId, Position p, Scope scope) {
        throw new UnsupportedOperationException();
    }

    // ---- salary ----

    /** Adds a salary row; the previous open row is closed at the new row's validFrom. */
    @Transactional
    public Salary addSalary(long personId, Salary s, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Salary correctSalary(long personId, long salaryId, Salary s, Scope scope) {
        throw new UnsupportedOperationException();
    }

    // ---- other histories ----

    @Transactional
    public Qualification addQualification(long personId, Qualification q, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Qualification correctQualification(long personId, long entryId, Qualification q, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Training addTraining(long personId, Training t, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Training correctTraining(long personId, long entryId, Training t, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public WorkHistory addWorkHistory(long personId, WorkHistory w, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public WorkHistory correctWorkHistory(long personId, long entryId, WorkHistory w, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Award addAward(long personId, Award a, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Award correctAward(long personId, long entryId, Award a, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Discipline addDiscipline(long personId, Discipline d, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public Discipline correctDiscipline(long personId, long entryId, Discipline d, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public FamilyMember addFamilyMember(long personId, FamilyMember f, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public FamilyMember correctFamilyMember(long personId, long entryId, FamilyMember f, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public HistoryNote addHistoryNote(long personId, HistoryNote n, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public HistoryNote correctHistoryNote(long personId, long entryId, HistoryNote n, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public MassOrgMembership addMassOrg(long personId, MassOrgMembership m, Scope scope) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    public MassOrgMembership correctMassOrg(long personId, long entryId, MassOrgMembership m, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Ends an effective-dated entry (position, salary, qualification, discipline) at {@code endDate} (exclusive). */
    @Transactional
    public void endEntry(long personId, HistoryKind kind, long entryId, LocalDate endDate, Scope scope) {
        throw new UnsupportedOperationException();
    }

    /** Soft-deletes a history entry of any kind. */
    @Transactional
    public void deleteEntry(long personId, HistoryKind kind, long entryId, String reason, Scope scope) {
        throw new UnsupportedOperationException();
    }

    // ---- SPI for org ----

    /** Persons whose main position is in each unit on the date (not deleted); every asked unit is in the map. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> headcounts(Collection<Long> unitIds, LocalDate asOf) {
        throw new UnsupportedOperationException();
    }
}
