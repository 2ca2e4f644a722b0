package vn.canbo.career.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionService;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * Issue 20, point 7: what the decision page shows instead of ids: the dossier row an
 * effect created or closed in words (post title at unit, salary rank and step, with their
 * dates dd/MM/yyyy), the post a subject concerns, and the number of a related decision
 * (revoked, revoking, amending).
 */
@Component
class DecisionEffectLabels {

	private final CareerFacts facts;

	private final PersonService people;

	private final Catalogs catalogs;

	private final DecisionService decisions;

	private final Units units;

	DecisionEffectLabels(CareerFacts facts, PersonService people, Catalogs catalogs, DecisionService decisions,
			Units units) {
		this.units = units;
		this.facts = facts;
		this.people = people;
		this.catalogs = catalogs;
		this.decisions = decisions;
	}

	/** Label of each effect's row, by "KIND:rowId". */
	Map<String, String> effects(Decision d, Scope scope) {
		Map<String, String> out = new LinkedHashMap<>();
		Map<Long, Optional<PersonView>> views = new HashMap<>();
		for (Decision.EffectView e : d.effects()) {
			String key = e.kind() + ":" + e.rowId();
			if ("POSITION".equals(e.kind())) {
				facts.position(e.personId(), e.rowId()).ifPresent(p -> out.put(key, position(p)));
			}
			else if ("SALARY".equals(e.kind())) {
				views.computeIfAbsent(e.personId(), id -> view(id, d.effectiveOn(), scope))
					.flatMap(v -> v.salaries().stream().filter(s -> s.id() != null && s.id() == e.rowId()).findFirst())
					.ifPresent(s -> out.put(key, salary(s)));
			}
		}
		return out;
	}

	/**
	 * Label of the post each subject concerns (miễn nhiệm, bổ nhiệm lại…), by position
	 * id.
	 */
	Map<Long, String> positions(Decision d) {
		Map<Long, String> out = new HashMap<>();
		d.subjects()
			.stream()
			.filter(s -> s.positionId() != null && s.personId() != null)
			.forEach(s -> facts.position(s.personId(), s.positionId())
				.ifPresent(p -> out.put(s.positionId(), position(p))));
		return out;
	}

	/** Number (or type and date when it has none) of the related decisions, by id. */
	Map<Long, String> related(Decision d, Scope scope) {
		Map<Long, String> out = new HashMap<>();
		for (Long id : java.util.Arrays.asList(d.targetDecisionId(), d.revokedByDecisionId(),
				d.amendedByDecisionId())) {
			if (id != null) {
				try {
					Decision r = decisions.get(id, scope);
					out.put(id,
							r.number() != null ? r.number() : r.type().text() + " " + Formats.date(r.effectiveOn()));
				}
				catch (NotFoundException e) {
					out.put(id, Messages.text("career.related.hidden"));
				}
			}
		}
		return out;
	}

	private Optional<PersonView> view(long personId, LocalDate on, Scope scope) {
		try {
			return Optional.of(people.get(personId, on, scope));
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
	}

	/** "Phó Chủ tịch UBND — UBND xã An (01/01/2010 – 01/02/2026)". */
	private String position(Position p) {
		// the title as written, unless it only repeats the catalog's name (then in the
		// page's language)
		var item = p.titleCode() == null ? Optional.<vn.canbo.catalog.CatalogItem>empty()
				: catalogs.find(CatalogType.TITLE, p.titleCode());
		boolean written = p.titleText() != null && !p.titleText().isBlank()
				&& !item.map(i -> i.name().equals(p.titleText().strip())).orElse(false);
		String title = written ? p.titleText()
				: item.map(i -> i.label(Messages.locale())).orElse(p.titleCode() == null ? "" : p.titleCode());
		String unit = p.unitName() != null && !p.unitName().isBlank() ? p.unitName()
				: p.unitId() == null ? "" : units.find(p.unitId(), p.validFrom()).map(UnitView::name).orElse("");
		return title + (unit.isEmpty() ? "" : " — " + unit) + " (" + period(p.validFrom(), p.validTo()) + ")";
	}

	/** "Chuyên viên (01.003), bậc 4, hệ số 3,33 (01/02/2026 – )". */
	private String salary(Salary s) {
		String rank = s.rankCode() == null ? "" : name(CatalogType.RANK, s.rankCode());
		return Messages.text("career.effect.salaryLabel", rank, String.valueOf(s.rankCode()),
				s.step() == null ? "" : String.valueOf(s.step()),
				Formats.coefficient(s.coefficient(), Messages.locale()), period(s.validFrom(), s.validTo()));
	}

	/**
	 * A catalog item's name in the page's language (its English name when it has one).
	 */
	private String name(CatalogType type, String code) {
		return catalogs.find(type, code).map(i -> i.label(Messages.locale())).orElse(code);
	}

	private static String period(LocalDate from, LocalDate to) {
		return Formats.date(from) + " – " + Formats.date(to);
	}

}
