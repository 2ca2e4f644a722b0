package vn.canbo.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.shared.web.FieldMessages;
import vn.canbo.shared.ValidationException;

/** /account: the signed-in user's own password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

	private final ApiTokens tokens;

	private final UserAdministration admin;

	private final AccountSessions sessions;

	AccountController(ApiTokens tokens, UserAdministration admin, AccountSessions sessions) {
		this.tokens = tokens;
		this.admin = admin;
		this.sessions = sessions;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CanboUser me, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("tokens", tokens.list(me));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "security/account";
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal CanboUser me, @RequestParam(required = false) String name,
			RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("newToken", tokens.create(me, name).token());
		}
		catch (ValidationException e) {
			flash.addFlashAttribute("errors", errors(e));
		}
		return "redirect:/account";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal CanboUser me, @PathVariable long id, RedirectAttributes flash) {
		tokens.revoke(me, id);
		flash.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CanboUser me, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, HttpServletRequest request, RedirectAttributes flash) {
		try {
			admin.changeOwnPassword(me, currentPassword, newPassword);
			// every other session and every token of the account ended; this one goes on
			sessions.remember(request, me);
			flash.addFlashAttribute("passwordChanged", true);
		}
		catch (ValidationException e) {
			flash.addFlashAttribute("errors", errors(e));
		}
		return "redirect:/account";
	}

	private static Map<String, String> errors(ValidationException e) {
		return FieldMessages.byField(e);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(vn.canbo.shared.NotFoundException.class)
	void notFound(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND);
	}

}
