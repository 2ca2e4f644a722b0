package vn.canbo.security;

import vn.canbo.shared.web.FieldMessages;
import vn.canbo.shared.Messages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.ValidationException;

/**
 * /admin/users: administrators (USER_ADMIN) list, create and edit accounts and reset
 * passwords.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserAdminController {

	private final UserAccounts accounts;

	private final UserAdministration admin;

	private final ObjectProvider<Units> units;

	UserAdminController(UserAccounts accounts, UserAdministration admin, ObjectProvider<Units> units) {
		this.accounts = accounts;
		this.admin = admin;
		this.units = units;
	}

	/** The form as the page binds it; scope as text "12, 15". */
	record FormData(Long id, String username, String fullName, String email, Role role, String scope, Boolean enabled) {
		public boolean active() {
			return Boolean.TRUE.equals(enabled);
		}
	}

	@GetMapping
	String list(@AuthenticationPrincipal CanboUser actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// a restricted administrator sees only the accounts within their scope (and so no
		// other e-mail)
		PageResult<UserAccounts.Summary> result = accounts.list(q, page, 50, admin.visibleUnitIds(actor));
		model.addAttribute("q", q);
		model.addAttribute("result", result);
		Set<Long> ids = new LinkedHashSet<>();
		result.items().forEach(s -> ids.addAll(s.scopeUnitIds()));
		model.addAttribute("unitNames", unitNames(ids));
		return "security/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, new FormData(null, "", "", "", Role.CLERK, "", true), List.of());
	}

	@PostMapping
	String create(@AuthenticationPrincipal CanboUser actor, FormData f, @RequestParam(required = false) String password,
			Model model, RedirectAttributes flash) {
		try {
			long id = admin.create(actor, new UserAdministration.UserForm(f.username(), f.fullName(), f.email(),
					f.role(), parseScope(f.scope()), f.active(), password));
			flash.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (ValidationException e) {
			return form(model, f, e.errors());
		}
	}

	@GetMapping("/{id}")
	String editForm(@AuthenticationPrincipal CanboUser actor, @PathVariable long id, Model model) {
		CanboUser u = admin.manageable(actor, id);
		return form(model, new FormData(id, u.username(), u.fullName(), accounts.emailOf(id).orElse(""), u.role(),
				String.join(", ", u.scopeUnitIds().stream().sorted().map(String::valueOf).toList()), u.enabled()),
				List.of());
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CanboUser actor, @PathVariable long id, FormData f, Model model,
			RedirectAttributes flash) {
		try {
			admin.update(actor, id, new UserAdministration.UserForm(null, f.fullName(), f.email(), f.role(),
					parseScope(f.scope()), f.active(), null));
			flash.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (ValidationException e) {
			CanboUser u = accounts.findById(id).orElseThrow();
			return form(model,
					new FormData(id, u.username(), f.fullName(), f.email(), f.role(), f.scope(), f.enabled()),
					e.errors());
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal CanboUser actor, @PathVariable long id,
			@RequestParam(required = false) String password, Model model, RedirectAttributes flash) {
		try {
			admin.resetPassword(actor, id, password);
			flash.addFlashAttribute("passwordReset", true);
			return "redirect:/admin/users/" + id;
		}
		catch (ValidationException e) {
			CanboUser u = admin.manageable(actor, id);
			return form(model, new FormData(id, u.username(), u.fullName(), accounts.emailOf(id).orElse(""), u.role(),
					String.join(", ", u.scopeUnitIds().stream().sorted().map(String::valueOf).toList()), u.enabled()),
					e.errors());
		}
	}

	private String form(Model model, FormData f, List<FieldError> errors) {
		model.addAttribute("form", f);
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", FieldMessages.byField(errors));
		Set<Long> ids;
		try {
			ids = parseScope(f.scope());
		}
		catch (ValidationException e) {
			ids = Set.of();
		}
		model.addAttribute("unitNames", unitNames(ids));
		return "security/user-form";
	}

	/** "12, 15 16" → {12, 15, 16}. */
	static Set<Long> parseScope(String text) {
		Set<Long> ids = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return ids;
		}
		for (String part : text.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				ids.add(Long.parseLong(part.strip()));
			}
			catch (NumberFormatException e) {
				throw new ValidationException("scopeUnitIds", Messages.text("security.error.scopeIds", part));
			}
		}
		return ids;
	}

	private Map<Long, String> unitNames(Set<Long> ids) {
		Units u = units.getIfAvailable();
		Map<Long, String> names = new LinkedHashMap<>();
		if (u != null && !ids.isEmpty()) {
			for (Map.Entry<Long, UnitView> e : u.findAll(ids, LocalDate.now()).entrySet()) {
				names.put(e.getKey(), e.getValue().name());
			}
		}
		return names;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(vn.canbo.shared.NotFoundException.class)
	void notFound(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND);
	}

	/** An account beyond the administrator's own rights: forbidden, whatever the page. */
	@org.springframework.web.bind.annotation.ExceptionHandler(ValidationException.class)
	void beyondOwnRights(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
	}

}
