package vn.canbo.career.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDocuments;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionStatus;
import vn.canbo.career.DecisionType;
import vn.canbo.career.DecisionSubject;
import vn.canbo.org.Units;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * The read models of {@link DecisionPageController}: the decision list with its filters,
 * and the decision's page (its title and names, its checks, the words for its rows,
 * posts, units and related decisions, whether a document template and a second approver
 * apply).
 */
@Component
class DecisionViewModel {

	private final DecisionService decisions;

	private final Units units;

	private final DecisionDocuments documents;

	private final DecisionEffectLabels labels;

	private final DecisionNames names;

	DecisionViewModel(DecisionService decisions, Units units, DecisionDocuments documents, DecisionEffectLabels labels,
			DecisionNames names) {
		this.decisions = decisions;
		this.units = units;
		this.documents = documents;
		this.labels = labels;
		this.names = names;
	}

	/** Fills the model of the decision list; returns its view name. */
	String list(DecisionListQuery query, int page, Scope scope, Model model) {
		// unitId: the decisions concerning that unit's subtree (a report figure's
		// drill-down)
		Long unitId = query.unitId();
		model.addAttribute("result", decisions.list(query.filter(), scope, page, 30));
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitName",
				unitId == null ? null : units.find(unitId, LocalDate.now()).map(u -> u.name()).orElse(null));
		model.addAttribute("types", DecisionType.values());
		model.addAttribute("statuses", DecisionStatus.values());
		model.addAttribute("type", query.type());
		model.addAttribute("status", query.status());
		model.addAttribute("from", query.from());
		model.addAttribute("to", query.to());
		model.addAttribute("q", query.q());
		return "career/decisions";
	}

	/** Fills the model of the decision's page; returns its view name. */
	String view(Decision d, Map<String, String> errors, List<RuleResult> checks, Scope scope, Model model) {
		model.addAttribute("d", d);
		// the page's title: "Quyết định 125/QĐ-UBND", or a draft's type and date, never
		// its id
		model.addAttribute("decisionTitle",
				d.number() != null ? Messages.text("career.decision") + " " + d.number() : names.name(d));
		model.addAttribute("decisionWhat", names.what(d));
		model.addAttribute("hasTemplate", documents.hasTemplate(d.type()));
		model.addAttribute("fourEyes", decisions.needsSecondApprover(d.type()));
		model.addAttribute("errors", errors);
		model.addAttribute("checks", checks == null ? d.checks() : checks);
		List<Long> unitIds = new ArrayList<>();
		d.subjects().forEach(s -> {
			if (s.unitId() != null) {
				unitIds.add(s.unitId());
			}
			if (s.homeUnitId() != null) {
				unitIds.add(s.homeUnitId());
			}
		});
		model.addAttribute("unitNames", units.findAll(unitIds, d.effectiveOn()));
		model.addAttribute("today", LocalDate.now());
		// issue 20: rows, posts and related decisions in words, not ids
		model.addAttribute("effectLabels", labels.effects(d, scope));
		model.addAttribute("positionLabels", labels.positions(d));
		model.addAttribute("related", labels.related(d, scope));
		model.addAttribute("personNames",
				d.subjects()
					.stream()
					.filter(s -> s.personId() != null && s.personName() != null)
					.collect(Collectors.toMap(DecisionSubject::personId, DecisionSubject::personName, (a, b) -> a)));
		return "career/decision";
	}

}
