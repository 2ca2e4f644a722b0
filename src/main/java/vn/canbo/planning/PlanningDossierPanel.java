package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.DossierPanel;
import vn.canbo.people.PersonView;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * The person's planning tab on the dossier page (issue 17): the titles they are or were
 * planned for, in which plan (unit, term, kind), since when, and the removal if any, as
 * of the date shown. The person is already in the user's scope (the dossier page checked
 * it); plans are read unscoped for the person's own rows.
 */
@Component
@Order(120)
class PlanningDossierPanel implements DossierPanel {

	private final PlanningRows rows;

	private final Plans plans;

	private final Catalogs catalogs;

	PlanningDossierPanel(PlanningRows rows, Plans plans, Catalogs catalogs) {
		this.rows = rows;
		this.plans = plans;
		this.catalogs = catalogs;
	}

	@Override
	public Optional<Table> panel(PersonView person, LocalDate asOf) {
		LocalDate on = asOf == null ? LocalDate.now() : asOf;
		List<Candidate> mine = rows.candidatesOfPerson(person.person().id())
			.stream()
			.filter(c -> !c.addedOn().isAfter(on))
			.toList();
		Map<Long, Plan> byId = mine.stream()
			.map(Candidate::planId)
			.distinct()
			.map(id -> plans.get(id, Scope.all()))
			.collect(Collectors.toMap(Plan::id, Function.identity()));
		List<List<String>> out = mine.stream().map(c -> {
			Plan p = byId.get(c.planId());
			String title = catalogs.find(CatalogType.TITLE, c.titleCode())
				.map(i -> i.label(LocaleContextHolder.getLocale()))
				.orElse(c.titleCode());
			boolean removed = c.removedOn() != null && !c.removedOn().isAfter(on);
			return List.of(title, p.unitName(), p.term().label() + " (" + p.kind().label() + ")",
					Formats.date(c.addedOn()) + " — " + p.decisionNumber() + " (" + Formats.date(p.decidedOn()) + ")",
					!removed ? Messages.text("planning.dossier.active")
							: c.appointed()
									? Messages.text("planning.dossier.appointed", Formats.date(c.removedOn()),
											c.removalDecisionNumber())
									: Messages.text("planning.dossier.removed", Formats.date(c.removedOn()),
											c.removalReason(), c.removalDecisionNumber()));
		}).toList();
		return Optional.of(new Table("planning", Messages.text("planning.dossier.title"),
				List.of(Messages.text("planning.dossier.titleCol"), Messages.text("planning.dossier.unit"),
						Messages.text("planning.dossier.term"), Messages.text("planning.dossier.since"),
						Messages.text("planning.dossier.status")),
				out, Messages.text("planning.dossier.none")));
	}

}
