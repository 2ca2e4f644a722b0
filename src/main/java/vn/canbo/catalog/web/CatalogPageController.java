package vn.canbo.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.catalog.CatalogAdmin;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * Pages of the reference lists: /catalogs and /catalogs/{type}, with forms for
 * administrators.
 */
@Controller
@RequestMapping("/catalogs")
class CatalogPageController {

	private final Catalogs catalogs;

	private final CatalogAdmin admin;

	private final CatalogTypes types;

	CatalogPageController(Catalogs catalogs, CatalogAdmin admin, CatalogTypes types) {
		this.catalogs = catalogs;
		this.admin = admin;
		this.types = types;
	}

	/** A row of the list of lists. */
	record TypeRow(CatalogType type, String label, int validCount, int totalCount) {
	}

	/** The add form as typed, kept when it is shown again with errors. */
	record ItemForm(String code, String name, String nameEn, Integer sortOrder, String parentCode, String attributes,
			LocalDate validFrom, LocalDate validTo, Integer version) {

		static ItemForm empty() {
			return new ItemForm(null, null, null, null, null, null, null, null, null);
		}

		static ItemForm of(CatalogItem i) {
			return new ItemForm(i.code(), i.name(), i.nameEn(), i.sortOrder(), i.parentCode(), text(i.attributes()),
					i.validFrom(), i.validTo(), i.version());
		}
	}

	@GetMapping
	String index(Model model, Locale locale) {
		LocalDate today = LocalDate.now();
		model.addAttribute("types",
				Arrays.stream(CatalogType.values())
					.map(t -> new TypeRow(t, types.label(t, locale), catalogs.list(t, today).size(),
							catalogs.list(t, null).size()))
					.toList());
		return "catalog/index";
	}

	@GetMapping("/{type}")
	String list(@PathVariable String type, @RequestParam(required = false) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean all, Model model, Locale locale, Authentication auth) {
		return listPage(parse(type), asOf, all, ItemForm.empty(), List.of(), model, locale, auth);
	}

	@PostMapping("/{type}")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String create(@PathVariable String type, ItemForm form, Model model, Locale locale, Authentication auth,
			HttpServletResponse response, RedirectAttributes flash) {
		CatalogType t = parse(type);
		try {
			CatalogItem created = admin.create(t,
					new CatalogAdmin.NewItem(form.code(), form.name(), form.nameEn(), form.sortOrder(),
							form.parentCode(), attributes(form.attributes()), form.validFrom(), form.validTo()));
			flash.addFlashAttribute("saved", created.code());
			return "redirect:/catalogs/" + t.name() + "?all=true";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(t, null, true, form, e.errors(), model, locale, auth);
		}
	}

	@GetMapping("/{type}/{code}/edit")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String editPage(@PathVariable String type, @PathVariable String code, Model model, Locale locale) {
		CatalogType t = parse(type);
		CatalogItem item = item(t, code);
		return editPage(t, item, ItemForm.of(item), List.of(), null, model, locale);
	}

	@PostMapping("/{type}/{code}")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String edit(@PathVariable String type, @PathVariable String code, ItemForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		CatalogType t = parse(type);
		CatalogItem item = item(t, code);
		try {
			admin.edit(t, code, new CatalogAdmin.ItemEdit(form.name(), form.nameEn(), form.sortOrder(),
					attributes(form.attributes()), form.version()));
			flash.addFlashAttribute("saved", code);
			return "redirect:/catalogs/" + t.name() + "?all=true";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editPage(t, item, form, e.errors(), null, model, locale);
		}
		catch (ConcurrentEditException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(t, item, form, List.of(), e.getMessage(), model, locale);
		}
	}

	@PostMapping("/{type}/{code}/end")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String end(@PathVariable String type, @PathVariable String code, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) Integer version, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		CatalogType t = parse(type);
		CatalogItem item = item(t, code);
		try {
			admin.end(t, code, date, version);
			flash.addFlashAttribute("saved", code);
			return "redirect:/catalogs/" + t.name() + "?all=true";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editPage(t, item, ItemForm.of(item), e.errors(), null, model, locale);
		}
		catch (ConcurrentEditException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(t, item, ItemForm.of(item), List.of(), e.getMessage(), model, locale);
		}
	}

	@PostMapping("/{type}/{code}/reopen")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String reopen(@PathVariable String type, @PathVariable String code, @RequestParam(required = false) Integer version,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		CatalogType t = parse(type);
		CatalogItem item = item(t, code);
		try {
			admin.reopen(t, code, version);
			flash.addFlashAttribute("saved", code);
			return "redirect:/catalogs/" + t.name() + "?all=true";
		}
		catch (ConcurrentEditException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(t, item, ItemForm.of(item), List.of(), e.getMessage(), model, locale);
		}
	}

	private String listPage(CatalogType t, LocalDate asOf, boolean all, ItemForm form, List<FieldError> errors,
			Model model, Locale locale, Authentication auth) {
		LocalDate on = asOf == null ? LocalDate.now() : asOf;
		List<CatalogItem> items = catalogs.list(t, all ? null : on);
		Map<String, Rank> ranks = new LinkedHashMap<>();
		if (t == CatalogType.RANK) {
			items.forEach(i -> catalogs.rank(i.code()).ifPresent(r -> ranks.put(i.code(), r)));
		}
		model.addAttribute("type", t);
		model.addAttribute("label", types.label(t, locale));
		model.addAttribute("items", items);
		model.addAttribute("ranks", ranks);
		model.addAttribute("asOf", on);
		model.addAttribute("all", all);
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("canWrite",
				auth != null && auth.getAuthorities().stream().anyMatch(a -> "CATALOG_WRITE".equals(a.getAuthority())));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errorFields(errors));
		return "catalog/list";
	}

	private String editPage(CatalogType t, CatalogItem item, ItemForm form, List<FieldError> errors, String conflict,
			Model model, Locale locale) {
		model.addAttribute("type", t);
		model.addAttribute("label", types.label(t, locale));
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errorFields(errors));
		model.addAttribute("conflict", conflict);
		return "catalog/edit";
	}

	private static Map<String, String> errorFields(List<FieldError> errors) {
		return errors.stream()
			.collect(Collectors.toMap(e -> e.field().startsWith("attributes") ? "attributes" : e.field(),
					FieldError::message, (a, b) -> a + "; " + b, LinkedHashMap::new));
	}

	private static CatalogType parse(String type) {
		try {
			return CatalogTypes.parse(type);
		}
		catch (NotFoundException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
	}

	private CatalogItem item(CatalogType t, String code) {
		return catalogs.find(t, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					Messages.text("catalog.error.codeNotFound", code, t)));
	}

	/** Attributes typed one per line as {@code key=value}. */
	static Map<String, String> attributes(String text) {
		Map<String, String> a = new LinkedHashMap<>();
		if (text == null) {
			return a;
		}
		List<FieldError> errors = new ArrayList<>();
		text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
			int eq = line.indexOf('=');
			if (eq <= 0) {
				errors.add(new FieldError("attributes", Messages.text("catalog.error.attributeLine"), line));
			}
			else {
				a.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
			}
		});
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return a;
	}

	static String text(Map<String, String> attributes) {
		return attributes == null ? ""
				: attributes.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining("\n"));
	}

}
