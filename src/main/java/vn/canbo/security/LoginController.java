package vn.canbo.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** An OpenID Connect provider offered on the login page. */
	record OidcProvider(String id, String name) {
	}

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/login")
	String login(Model model) {
		List<OidcProvider> providers = new ArrayList<>();
		if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object o : registrations) {
				if (o instanceof ClientRegistration r) {
					providers.add(new OidcProvider(r.getRegistrationId(), r.getClientName()));
				}
			}
		}
		model.addAttribute("oidcProviders", providers);
		return "security/login";
	}

}
