package vn.canbo.evaluation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.canbo.evaluation.EvaluationResults;
import vn.canbo.people.PersonService;
import vn.canbo.shared.Scope;

/**
 * /evaluations/persons/{personId}: a person's ratings, newest period first, linked from
 * the grid (the people module offers no extension point for other modules' panels on the
 * dossier page). The person must be in the scope (the dossier's own check: 404 otherwise)
 * before the ratings, which the read API gives unscoped, are shown.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class RatingHistoryPage {

	private final EvaluationResults results;

	private final PersonService people;

	RatingHistoryPage(EvaluationResults results, PersonService people) {
		this.results = results;
		this.people = people;
	}

	@GetMapping("/evaluations/persons/{personId}")
	String history(@PathVariable long personId, Scope scope, Model model) {
		model.addAttribute("personId", personId);
		model.addAttribute("personName", people.get(personId, null, scope).person().data().fullName());
		model.addAttribute("ratings", results.ratings(personId));
		return "evaluation/person";
	}

}
