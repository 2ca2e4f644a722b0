package vn.canbo.people.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.DossierPanel;
import vn.canbo.people.PersonMasking;
import vn.canbo.people.PersonPhotos;
import vn.canbo.people.DossierViews;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Hồ sơ 2C: /persons/{id}?asOf=dd/MM/yyyy, printable; and the soft delete of a dossier.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class DossierController {

	private final PersonService people;

	private final DossierTables tables;

	private final Units units;

	private final Catalogs catalogs;

	private final CurrentUser currentUser;

	private final DossierViews views;

	private final PersonPhotos photos;

	private final ObjectProvider<DossierPanel> panels;

	DossierController(PersonService people, DossierTables tables, Units units, Catalogs catalogs,
			CurrentUser currentUser, DossierViews views, PersonPhotos photos, ObjectProvider<DossierPanel> panels) {
		this.people = people;
		this.panels = panels;
		this.photos = photos;
		this.views = views;
		this.tables = tables;
		this.units = units;
		this.catalogs = catalogs;
		this.currentUser = currentUser;
	}

	/** The dossier as the current user may see it (masked without SENSITIVE_READ). */
	static PersonView visible(PersonView v, CurrentUser user) {
		return user.can(Permission.SENSITIVE_READ) ? v : PersonMasking.mask(v);
	}

	/** Catalog names for templates: {@code ${cat.of('ETHNICITY', code)}}. */
	public record Names(Catalogs catalogs) {
		public String of(String type, String code) {
			return code == null ? "" : catalogs.name(CatalogType.valueOf(type), code);
		}
	}

	@GetMapping("/persons/{id}")
	String dossier(@PathVariable long id, @RequestParam(required = false) String asOf, Scope scope, Model model) {
		AsOf read = AsOf.read(asOf);
		model.addAttribute("asOfError", read.error());
		LocalDate d = read.date() == null ? LocalDate.now() : read.date();
		PersonView v = visible(people.get(id, d, scope), currentUser);
		views.recordView(v.id(), currentUser.can(Permission.SENSITIVE_READ)); // who
																				// looked
																				// at whom
		model.addAttribute("v", v);
		model.addAttribute("d", v.data());
		model.addAttribute("asOf", d);
		model.addAttribute("asOfText", FormBinder.format(d));
		model.addAttribute("today", d.equals(LocalDate.now()));
		model.addAttribute("cat", new Names(catalogs));
		model.addAttribute("tables", tables.all(v));
		model.addAttribute("t", tablesById(v));
		model.addAttribute("levels", currentLevels(v, d));
		// a person who has left the scope, as they stood on a past date: read only
		boolean asItStood = people.shownAsItStood(id, d, scope);
		model.addAttribute("asItStood", asItStood);
		model.addAttribute("canWrite", !asItStood && currentUser.can(Permission.PERSON_WRITE));
		model.addAttribute("canSee", currentUser.can(Permission.SENSITIVE_READ));
		List<UnitView> path = v.mainPosition() == null ? List.of() : units.path(v.mainPosition().unitId(), d);
		model.addAttribute("unitPath", path);
		model.addAttribute("managing", managing(path));
		model.addAttribute("using", path.isEmpty() ? "" : path.get(path.size() - 1).name());
		model.addAttribute("kinds", HistoryKinds.values());
		model.addAttribute("personId", v.id());
		model.addAttribute("hasPhoto", photos.has(v));
		model.addAttribute("panels", panels.orderedStream().flatMap(x -> x.panel(v, d).stream()).toList());
		return "people/dossier";
	}

	/**
	 * Cơ quan quản lý: the units above the unit of work, nearest first ("Xã An, Tỉnh Bình
	 * Giang"); an area whose name ends the body above it is not repeated ("Ủy ban nhân
	 * dân Xã An, Tỉnh Bình Giang").
	 */
	static String managing(List<UnitView> path) {
		StringBuilder b = new StringBuilder();
		String previous = null;
		for (int i = path.size() - 2; i >= 0; i--) {
			String name = path.get(i).name();
			// a body named after its area ("Ủy ban nhân dân Xã Vĩnh Thạnh" under "Xã Vĩnh
			// Thạnh", issue 20): the area is not repeated
			if (previous != null && previous.toLowerCase(java.util.Locale.ROOT)
				.endsWith(" " + name.toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			b.append(b.isEmpty() ? "" : ", ").append(name);
			previous = name;
		}
		return b.toString();
	}

	Map<String, DossierTables.Table> tablesById(PersonView v) {
		Map<String, DossierTables.Table> m = new java.util.LinkedHashMap<>();
		tables.all(v).forEach(t -> m.put(t.id(), t));
		return m;
	}

	/**
	 * Item 15: per kind, the highest level valid on the date ("Đại học (Luật)", "Cao
	 * cấp"…).
	 */
	private Map<String, String> currentLevels(PersonView v, LocalDate d) {
		Map<String, String> m = new java.util.HashMap<>();
		for (QualificationKind k : QualificationKind.values()) {
			v.qualifications()
				.stream()
				.filter(q -> q.kind() == k && q.validOn(d))
				.max(Comparator.comparingInt((Qualification q) -> k.levelCatalog() == null ? 0
						: catalogs.order(k.levelCatalog(), q.levelCode()))
					.thenComparing(Qualification::validFrom))
				.ifPresent(q -> {
					String level = k.levelCatalog() == null || q.levelCode() == null
							? (q.levelCode() == null ? "" : q.levelCode())
							: catalogs.name(k.levelCatalog(), q.levelCode());
					String lang = q.languageCode() == null ? ""
							: catalogs.name(CatalogType.FOREIGN_LANGUAGE, q.languageCode()) + " ";
					m.put(k.name(), lang + level + (q.major() == null ? "" : " (" + q.major() + ")"));
				});
		}
		return m;
	}

	@PostMapping("/persons/{id}/delete")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String delete(@PathVariable long id, @RequestParam(required = false) String reason, Scope scope,
			RedirectAttributes ra) {
		try {
			people.softDelete(id, reason, scope);
		}
		catch (ValidationException e) {
			ra.addFlashAttribute("error", e.errors().get(0).message());
			return "redirect:/persons/" + id;
		}
		ra.addFlashAttribute("ok", "people.ok.deleted");
		return "redirect:/persons";
	}

}
