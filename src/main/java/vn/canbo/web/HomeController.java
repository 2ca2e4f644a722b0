package vn.canbo.web;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.reports.Dashboard;
import vn.canbo.shared.Scope;

/**
 * Home page: the dashboard of the user's scope (for users who may read reports), else the
 * module cards.
 */
@Controller
class HomeController {

	private final Dashboard dashboard;

	private final ObjectMapper json;

	HomeController(Dashboard dashboard, ObjectMapper json) {
		this.dashboard = dashboard;
		this.json = json;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) LocalDate date, Scope scope, Authentication auth, Model model) {
		boolean reports = auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> "REPORT_READ".equals(a.getAuthority()));
		model.addAttribute("dashboard", reports);
		if (reports) {
			Dashboard.View v = dashboard.view(scope, date);
			model.addAttribute("v", v);
			model.addAttribute("pyramidJson", json.writeValueAsString(chart(v.pyramid(), "pyramid")));
			model.addAttribute("educationJson", json.writeValueAsString(chart(v.education(), "pie")));
			model.addAttribute("theoryJson", json.writeValueAsString(chart(v.theory(), "pie")));
		}
		return "home";
	}

	private static Map<String, Object> chart(vn.canbo.reports.StatisticsTable t, String type) {
		return vn.canbo.reports.Charts.chartJs(t, type);
	}

}
