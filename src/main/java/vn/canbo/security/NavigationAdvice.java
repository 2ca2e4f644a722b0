package vn.canbo.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The layout's navigation shows links by permission: {@code authorities} and
 * {@code currentUsername} on every page.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	@ModelAttribute("authorities")
	Set<String> authorities() {
		Authentication a = signedIn();
		return a == null ? Set.of()
				: a.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	@ModelAttribute("currentUsername")
	String currentUsername() {
		Authentication a = signedIn();
		return a == null ? null : a.getName();
	}

	private static Authentication signedIn() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null || a instanceof AnonymousAuthenticationToken ? null : a;
	}

}
