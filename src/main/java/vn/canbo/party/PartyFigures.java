package vn.canbo.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureProvider;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.FigureUnits;
import vn.canbo.reports.Population;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Party figures for summaries, programme targets and the dashboard (issue 18), over the
 * Party organisations linked to the units counted (the population's roots and their
 * subtrees, a root outside the scope: 404; or the scope's units): PARTY_MEMBERS (on the
 * rolls as of the date), PARTY_ADMISSIONS, PARTY_CANDIDATES, PARTY_CLASS_ATTENDEES,
 * PARTY_RECOGNITIONS (in the period) and PARTY_ADMISSIONS_RESIDENTIAL (admissions in a
 * residential area among all admissions of the period: "203/961, chiếm 21,1%"). No
 * filter, criterion, unit type or condition applies: refused.
 */
@Component
class PartyFigures implements FigureProvider {

	static final String MEMBERS = "PARTY_MEMBERS";

	static final String ADMISSIONS = "PARTY_ADMISSIONS";

	static final String RESIDENTIAL = "PARTY_ADMISSIONS_RESIDENTIAL";

	static final String CANDIDATES = "PARTY_CANDIDATES";

	static final String CLASS = "PARTY_CLASS_ATTENDEES";

	static final String RECOGNITIONS = "PARTY_RECOGNITIONS";

	private final PartyCounts counts;

	private final FigureUnits figureUnits;

	PartyFigures(PartyCounts counts, FigureUnits figureUnits) {
		this.counts = counts;
		this.figureUnits = figureUnits;
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		for (String code : List.of(MEMBERS, ADMISSIONS, CANDIDATES, CLASS, RECOGNITIONS)) {
			out.add(new FigureDefinition(code, label(code), FigureDefinition.Kind.COUNT, "party"));
		}
		out.add(new FigureDefinition(RESIDENTIAL, label(RESIDENTIAL), FigureDefinition.Kind.RATIO, "party"));
		return out;
	}

	private static String label(String code) {
		return Messages.text(Messages.VIETNAMESE, "party.figure." + code);
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || definition(code).isEmpty()) {
			return Optional.empty();
		}
		List<FieldError> errors = new ArrayList<>();
		Population p = r.population();
		if (p != null && (p.criterion() != null || p.unitTypeCode() != null || !p.conditions().where().isEmpty()
				|| !p.conditions().titleGroups().isEmpty() || !p.conditions().categories().isEmpty())) {
			errors.add(new FieldError("population", Messages.text("party.error.figurePopulation", code)));
		}
		r.filters()
			.keySet()
			.forEach(k -> errors.add(new FieldError("f", Messages.text("party.error.figureFilter", code, k), k)));
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<Long> unitIds = figureUnits.of(r, "party.error.orgNotFound").orElse(null);
		List<Long> orgs = counts.ofUnits(unitIds);
		String label = label(code);
		Figure f = switch (code) {
			case MEMBERS -> Figure.count(code, label, counts.members(orgs, r.date()), null);
			case CANDIDATES -> Figure.count(code, label, counts.candidates(orgs, r.from(), r.to()), null);
			case CLASS -> Figure.count(code, label, counts.classAttendees(orgs, r.from(), r.to()), null);
			case RECOGNITIONS -> Figure.count(code, label, counts.recognitions(orgs, r.from(), r.to()), null);
			default -> {
				Map<PlaceKind, Long> byKind = counts.admissions(orgs, r.from(), r.to());
				long total = byKind.values().stream().mapToLong(Long::longValue).sum();
				yield ADMISSIONS.equals(code) ? Figure.count(code, label, total, null)
						: Figure.ratio(code, label, byKind.getOrDefault(PlaceKind.RESIDENTIAL, 0L), total, null);
			}
		};
		return Optional.of(f.withBasis(r.basis(!MEMBERS.equals(code))));
	}

}
