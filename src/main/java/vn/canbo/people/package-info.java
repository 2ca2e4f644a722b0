/**
 * Hồ sơ cán bộ, công chức, viên chức: the dossier (Mẫu 2C), positions, salary,
 * qualifications, training, awards, discipline, family and history, all effective-dated.
 * API: the named interface {@code people::api} (the types marked
 * {@code @NamedInterface("api")}): {@link vn.canbo.people.PersonService} (the dossier and
 * the history-writing methods
 * {@code add}/{@code correct}/{@code endEntry}/{@code deleteEntry} over
 * {@link vn.canbo.people.HistoryKind}), {@link vn.canbo.people.PersonSearch}, the read
 * model ({@link vn.canbo.people.PersonView}, {@link vn.canbo.people.PersonData}, the
 * history records), {@link vn.canbo.people.CareerFacts} (with its writes,
 * {@link vn.canbo.people.DecisionFactWrites}), and the rewards of issue 15:
 * {@link vn.canbo.people.AwardBatches} (one decision, many persons),
 * {@link vn.canbo.people.CollectiveAwards} (awards to units, table
 * {@code collective_award}) and {@link vn.canbo.people.HonoursCounts} (reward and
 * discipline counts of a period, read by reports' HonoursFigures) and
 * {@link vn.canbo.people.DisciplinedPersons} (who of a set of persons was disciplined in
 * a period, one query: the evaluation's discipline cap) and
 * {@link vn.canbo.people.QualificationLevels} (the highest level of each qualification
 * kind held on a date by many persons, one query: training's gap analysis); every other
 * module declares {@code people::api}, never the whole module (ModularityTest). Its other
 * public types serve only its own pages ({@code people.web}); implements
 * {@link vn.canbo.org.HeadcountProvider} and the imports SPI (the person templates:
 * persons, positions, salaries, training, awards and discipline, and the PERSONS export
 * for the round trip), and listens to {@link vn.canbo.org.UnitsRestructured} and
 * {@link vn.canbo.catalog.CatalogChanged}.
 *
 * <p>
 * Published read view: the table {@code person_fact} (migration V4_21, kept by triggers)
 * is owned by this module and published for reading — one narrow row per person and
 * validity period with the main position, rank and the highest level of each kind. The
 * reports module counts persons by reading it (with {@code person_position} and
 * {@code person}) in SQL; other modules only read it, and a change of its columns is a
 * change of this module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
		allowedDependencies = { "audit", "catalog", "imports::spi", "org", "org::spi", "security", "shared" })
package vn.canbo.people;
