package vn.canbo.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.Discipline;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Messages;

/**
 * The delays of a regular salary raise (regulations §3.6, TT 08/2013 Art. 2.3) computed
 * ONE way for the decision check SAL-01 and for the SALARY_RAISE alert, so that they can
 * never disagree: every discipline decided within the step period and not revoked by the
 * raise date (its form named from the catalog in the session language), every KHTNV year
 * of the period ({@link RaisePeriodRatings}), with the months in force on the raise date
 * ({@code salary.delay_months.*}), cumulative.
 */
@Service
public class RaiseDelays {

	/** Safety bound of the due-date iteration (each round can only add delays). */
	private static final int MAX_ROUNDS = 20;

	private final RuleChecks rules;

	private final Catalogs catalogs;

	public RaiseDelays(RuleChecks rules, Catalogs catalogs) {
		this.rules = rules;
		this.catalogs = catalogs;
	}

	/** The regular due date of a step and the delays that moved it there. */
	public record Due(LocalDate date, List<SalaryRaises.Delay> delays) {

		public int months() {
			return SalaryRaises.total(delays);
		}

	}

	/**
	 * The delays of the step held from {@code stepFrom} for a raise on {@code day}.
	 * @param ratings the person's final ratings (year → rating name), at least of the
	 * years of the period
	 * @param typed the KHTNV years typed on the salary decision (0 when none)
	 */
	public List<SalaryRaises.Delay> delays(PersonCategory category, List<Discipline> disciplines,
			Map<Integer, String> ratings, LocalDate stepFrom, LocalDate day, int typed) {
		List<String> forms = disciplines.stream()
			.filter(x -> x.decidedOn() != null && !x.decidedOn().isBefore(stepFrom) && x.decidedOn().isBefore(day)
					&& !x.revokedBy(day))
			.map(Discipline::formCode)
			.toList();
		return SalaryRaises.delays(category, forms, RaisePeriodRatings.of(ratings, stepFrom, day, typed),
				rules.delayMonths(day), this::formName);
	}

	/** As {@link #delays}, reading the person's final ratings of the period. */
	public List<SalaryRaises.Delay> delays(long personId, PersonCategory category, List<Discipline> disciplines,
			LocalDate stepFrom, LocalDate day, int typed) {
		List<Integer> ys = RaisePeriodRatings.years(stepFrom, day);
		Map<Integer, String> ratings = ys.isEmpty() ? Map.of()
				: rules.ratings().finalRatings(personId, ys.get(0), ys.get(ys.size() - 1));
		return delays(category, disciplines, ratings, stepFrom, day, typed);
	}

	/**
	 * The date the decision check would accept a regular raise of the step held from
	 * {@code stepFrom}: the smallest date D = stepFrom + interval + the delays of a raise
	 * on D (a fixed point: a delay can bring another year or decision into the period).
	 */
	public Due regularDue(PersonCategory category, List<Discipline> disciplines, Map<Integer, String> ratings,
			LocalDate stepFrom, int intervalMonths) {
		LocalDate due = stepFrom.plusMonths(intervalMonths);
		List<SalaryRaises.Delay> delays = List.of();
		for (int i = 0; i < MAX_ROUNDS; i++) {
			delays = delays(category, disciplines, ratings, stepFrom, due, 0);
			LocalDate next = SalaryRaises.regularDue(stepFrom, intervalMonths, delays);
			if (next.equals(due)) {
				break;
			}
			due = next;
		}
		return new Due(due, delays);
	}

	/**
	 * The discipline form's catalog name in the session language (the code if unknown).
	 */
	public String formName(String code) {
		return code == null ? ""
				: catalogs.find(CatalogType.DISCIPLINE_FORM, code)
					.map((CatalogItem i) -> i.label(Messages.locale()))
					.orElse(code);
	}

}
