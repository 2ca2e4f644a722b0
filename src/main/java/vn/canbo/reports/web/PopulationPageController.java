package vn.canbo.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.PersonCategory;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.CriterionDims;
import vn.canbo.reports.Dim;
import vn.canbo.reports.ValueLabels;
import vn.canbo.reports.Population;
import vn.canbo.reports.Populations;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/** Editing saved populations in the UI: definitions are data, no code per definition. */
@Controller
@PreAuthorize("hasAuthority('REPORT_READ')")
class PopulationPageController {

	private final Populations populations;

	private final Catalogs catalogs;

	private final ValueLabels labels;

	private final CriterionDims dims;

	private final ObjectMapper json;

	PopulationPageController(Populations populations, Catalogs catalogs, ValueLabels labels, CriterionDims dims,
			ObjectMapper json) {
		this.populations = populations;
		this.catalogs = catalogs;
		this.labels = labels;
		this.dims = dims;
		this.json = json;
	}

	@GetMapping("/reports/populations/new")
	String create(Model model) {
		return form(model, new Population(null, null, "", null, null, null, null, null, 0), List.of());
	}

	@GetMapping("/reports/populations/{id}")
	String edit(@PathVariable long id, Scope scope, Model model) {
		Population p = populations.get(id, scope);
		model.addAttribute("readOnly", !populations.writable(p, scope));
		return form(model, p, List.of());
	}

	@PostMapping("/reports/populations")
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('UNIT_WRITE')")
	String save(@RequestParam(required = false) Long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String code, @RequestParam String name,
			@RequestParam(required = false) Long rootUnitId, @RequestParam(required = false) List<Long> rootUnitIds,
			@RequestParam(required = false) String unitTypeCode,
			@RequestParam(required = false) List<String> categories,
			@RequestParam(required = false) List<String> titleGroups, @RequestParam(required = false) String where,
			@RequestParam(required = false) List<String> cond, @RequestParam(required = false) String criterion,
			@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String note, Scope scope,
			Model model, jakarta.servlet.http.HttpServletResponse response) {
		List<FieldError> criterionErrors = new ArrayList<>();
		Criterion tree = CriterionForm.parse(criterion, json, dims.choices(), criterionErrors);
		Population p = new Population(id, code, name, roots(rootUnitId, rootUnitIds), unitTypeCode,
				new Population.Conditions(clean(categories), clean(titleGroups), withChosen(parseWhere(where), cond)),
				tree, asOf, note, version == null ? 0 : version);
		if (!criterionErrors.isEmpty()) {
			// the tree as typed comes back with its problems, nothing is saved
			model.addAttribute("criterionText", criterion);
			return form(model, p, criterionErrors);
		}
		try {
			if (id != null && version == null) {
				// without the version read, a write would overwrite whatever changed
				// since
				throw new ConcurrentEditException(Messages.text("reports.error.populationVersionRequired"));
			}
			Population saved = populations.save(p, scope);
			return "redirect:/reports/pivot?pop=" + saved.id();
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return form(model, p, e.errors());
		}
		catch (ConcurrentEditException e) {
			response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_CONFLICT);
			return form(model, p, List.of(new FieldError("version", e.getMessage())));
		}
	}

	@PostMapping("/reports/populations/{id}/delete")
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('UNIT_WRITE')")
	String delete(@PathVariable long id, Scope scope) {
		populations.delete(id, scope);
		return "redirect:/reports";
	}

	/** "GENDER:FEMALE; PARTY:YES" → conditions.where. */
	static Map<String, List<String>> parseWhere(String s) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		if (s == null) {
			return out;
		}
		for (String part : s.split(";")) {
			int i = part.indexOf(':');
			if (i > 0) {
				out.put(part.substring(0, i).strip().toUpperCase(),
						Arrays.stream(part.substring(i + 1).split(","))
							.map(String::strip)
							.filter(v -> !v.isEmpty())
							.toList());
			}
		}
		return out;
	}

	/**
	 * The conditions chosen from the form's select (issue 20, point 6): "DIM:value" each,
	 * added to those of {@code where} (the dimensions the select does not offer, kept as
	 * they were).
	 */
	static Map<String, List<String>> withChosen(Map<String, List<String>> where, List<String> chosen) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		where.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
		for (String c : chosen == null ? List.<String>of() : chosen) {
			int i = c == null ? -1 : c.indexOf(':');
			if (i > 0) {
				List<String> values = out.computeIfAbsent(c.substring(0, i).strip().toUpperCase(),
						k -> new ArrayList<>());
				String v = c.substring(i + 1).strip();
				if (!v.isEmpty() && !values.contains(v)) {
					values.add(v);
				}
			}
		}
		out.replaceAll((k, v) -> List.copyOf(v));
		return out;
	}

	static String formatWhere(Map<String, List<String>> where) {
		return String.join("; ",
				where.entrySet().stream().map(e -> e.getKey() + ":" + String.join(",", e.getValue())).toList());
	}

	/** The roots of the form: the several-unit picker's, and a single rootUnitId. */
	static List<Long> roots(Long rootUnitId, List<Long> rootUnitIds) {
		java.util.LinkedHashSet<Long> out = new java.util.LinkedHashSet<>();
		if (rootUnitIds != null) {
			rootUnitIds.stream().filter(java.util.Objects::nonNull).forEach(out::add);
		}
		if (rootUnitId != null) {
			out.add(rootUnitId);
		}
		return List.copyOf(out);
	}

	static List<String> clean(List<String> l) {
		return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).toList();
	}

	private String form(Model model, Population p, List<?> errors) {
		model.addAttribute("p", p);
		Map<Dim, Map<String, String>> values = ReportForm.filterValues(labels);
		Map<String, List<String>> where = p.conditions().where();
		// the select shows the dimensions it offers; the others travel in "where"
		Map<String, List<String>> other = new LinkedHashMap<>(where);
		values.keySet().forEach(d -> other.remove(d.name()));
		model.addAttribute("where", formatWhere(other));
		model.addAttribute("conditionValues", values);
		model.addAttribute("chosen", where);
		model.addAttribute("errors", errors);
		model.addAttribute("unitTypes", catalogs.list(CatalogType.UNIT_TYPE, null));
		model.addAttribute("titleGroups", catalogs.list(CatalogType.TITLE_GROUP, null));
		model.addAttribute("categories", PersonCategory.values());
		model.addAttribute("dims", Dim.values());
		model.addAttribute("criterionDims", dims.choices());
		model.addAttribute("newLeaf", Criterion.in(null, null));
		model.addAttribute("newGroup", Criterion.and());
		model.addAttribute("tree", p.criterion() != null ? p.criterion() : Criterion.and());
		if (!model.containsAttribute("criterionText")) {
			model.addAttribute("criterionText", CriterionForm.write(p.criterion(), json));
		}
		model.addAttribute("legacy",
				(p.unitTypeCode() != null && !p.unitTypeCode().isBlank()) || !p.conditions().categories().isEmpty()
						|| !p.conditions().titleGroups().isEmpty() || !p.conditions().where().isEmpty());
		return "reports/population";
	}

}
