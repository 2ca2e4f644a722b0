package vn.canbo.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import vn.canbo.shared.web.Attachment;
import vn.canbo.catalog.CatalogType;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonCriteria;
import vn.canbo.people.PersonSearch;
import vn.canbo.people.PersonSummary;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Danh sách cán bộ: /persons with live search, filters, paging, sorting and the Excel
 * export of the same search.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PersonListController {

	private final PersonSearch search;

	private final FormSupport support;

	private final CurrentUser currentUser;

	private final vn.canbo.catalog.Catalogs catalogs;

	PersonListController(PersonSearch search, FormSupport support, CurrentUser currentUser,
			vn.canbo.catalog.Catalogs catalogs) {
		this.catalogs = catalogs;
		this.search = search;
		this.support = support;
		this.currentUser = currentUser;
	}

	/** Query parameters of the list (asOf typed dd/MM/yyyy). */
	public record ListParams(String q, Long unitId, PersonCategory category, Gender gender, Integer ageFrom,
			Integer ageTo, String ethnicity, Boolean minority, Boolean partyMember, String professionalLevel,
			String politicalTheory, String title, String asOf, Integer page, Integer size, String sort) {

		PersonCriteria criteria(List<FieldError> errors) {
			AsOf d = AsOf.read(asOf);
			if (d.error() != null) {
				errors.add(new FieldError("asOf", d.error(), asOf));
			}
			return new PersonCriteria(blank(q), unitId, category, gender, ageFrom, ageTo, blank(ethnicity), minority,
					partyMember, blank(professionalLevel), blank(politicalTheory), blank(title), d.date(),
					page == null ? 0 : page, size == null ? 20 : size, blank(sort));
		}
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@GetMapping("/persons")
	String list(ListParams p, Scope scope, Model model, HttpServletRequest request) {
		List<FieldError> errors = new ArrayList<>();
		PersonCriteria c = p.criteria(errors);
		search.requireUnitFilter(c, scope);
		PageResult<PersonSummary> result = null;
		if (errors.isEmpty()) {
			try {
				result = search.search(c, scope);
			}
			catch (ValidationException e) {
				errors.addAll(e.errors());
			}
		}
		LocalDate on = c.asOfOrToday();
		model.addAttribute("p", p);
		model.addAttribute("c", c);
		model.addAttribute("result", result);
		model.addAttribute("searchErrors", errors);
		model.addAttribute("links", new Links(request));
		model.addAttribute("canExport", currentUser.can(Permission.EXPORT));
		model.addAttribute("canWrite", currentUser.can(Permission.PERSON_WRITE));
		// no filter by a field the user may not see (issue 12)
		model.addAttribute("canSee", currentUser.can(Permission.SENSITIVE_READ));
		model.addAttribute("units", support.units(scope, on));
		model.addAttribute("ethnicities", support.catalog(CatalogType.ETHNICITY, on, null));
		model.addAttribute("profLevels", support.catalog(CatalogType.PROFESSIONAL_LEVEL, on, null));
		model.addAttribute("theoryLevels", support.catalog(CatalogType.POLITICAL_THEORY, on, null));
		model.addAttribute("titles", support.catalog(CatalogType.TITLE, on, null));
		model.addAttribute("cat", new DossierController.Names(catalogs));
		model.addAttribute("categories", support.choices(PersonCategory.class));
		model.addAttribute("genders", support.choices(Gender.class));
		model.addAttribute("yesNo", support.yesNo());
		boolean partial = request.getHeader("HX-Request") != null
				&& request.getHeader("HX-History-Restore-Request") == null;
		return partial ? "people/list :: results" : "people/list";
	}

	@GetMapping("/persons/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('EXPORT')")
	void export(ListParams p, Scope scope, HttpServletResponse response) throws IOException {
		List<FieldError> errors = new ArrayList<>();
		PersonCriteria c = p.criteria(errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		search.requireUnitFilter(c, scope);
		search.search(new PersonCriteria(c.q(), c.unitId(), c.category(), c.gender(), c.ageFrom(), c.ageTo(),
				c.ethnicityCode(), c.minority(), c.partyMember(), c.professionalLevelCode(), c.politicalTheoryCode(),
				c.titleCode(), c.asOf(), 0, 1, c.sort()), scope); // validates the
																	// criteria before the
																	// response is
																	// committed
		search.exportXlsx(c, scope, currentUser.can(Permission.SENSITIVE_READ), Attachment.open(response,
				Attachment.XLSX, Attachment.folded("danh-sach-can-bo-" + c.asOfOrToday(), "xlsx")));
	}

	/**
	 * Links that keep the current criteria and change one parameter (page, sort) or the
	 * path (export).
	 */
	public static final class Links {

		private final Map<String, String[]> params;

		Links(HttpServletRequest request) {
			this.params = request.getParameterMap();
		}

		public String with(String key, Object value) {
			return build("/persons", key, value);
		}

		public String export() {
			return build("/persons/export.xlsx", "page", null);
		}

		private String build(String path, String key, Object value) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
			params.forEach((k, vs) -> {
				if (!k.equals(key) && !k.equals("_csrf") && !(key.equals("sort") && k.equals("page"))) {
					for (String v : vs) {
						if (v != null && !v.isBlank()) {
							b.queryParam(k, v);
						}
					}
				}
			});
			if (value != null) {
				b.queryParam(key, value);
			}
			return b.encode().build().toUriString();
		}

	}

}
