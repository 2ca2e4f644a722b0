package vn.canbo.imports.web;

import vn.canbo.shared.web.FieldMessages;
import vn.canbo.shared.Messages;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.imports.DuplicateMode;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * /imports: choose and download a template, upload, follow the preview, commit, history
 * with downloads.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_WRITE')")
class ImportPageController {

	private final ImportService imports;

	ImportPageController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/imports")
	String index(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("templates", imports.templates());
		model.addAttribute("titles", titles());
		model.addAttribute("jobs", imports.jobs(page, 20));
		return "imports/index";
	}

	@PostMapping("/imports")
	String upload(@RequestParam String template, @RequestParam(required = false) MultipartFile file, Scope scope,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", Messages.text("imports.error.chooseFile"));
			return "redirect:/imports";
		}
		try {
			ImportJob job = imports.upload(template, file.getOriginalFilename(), file.getInputStream(), scope);
			return "redirect:/imports/" + job.id();
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("error", FieldMessages.joined(e));
			return "redirect:/imports";
		}
	}

	@GetMapping("/imports/{id}")
	String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportJob job = imports.job(id);
		model.addAttribute("job", job);
		model.addAttribute("titles", titles());
		model.addAttribute("issues", job.status().running() ? java.util.List.of() : imports.issues(id, page, 200));
		model.addAttribute("issueCount", imports.issueCount(id));
		model.addAttribute("skipAllowed", !job.status().running() && imports.canSkipInvalid(job));
		model.addAttribute("page", page);
		return "imports/job";
	}

	/** The status panel alone, polled by htmx every second while the job runs. */
	@GetMapping("/imports/{id}/status")
	String status(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.job(id));
		return "imports/job :: status";
	}

	@PostMapping("/imports/{id}/commit")
	String commit(@PathVariable long id, @RequestParam(defaultValue = "SKIP") DuplicateMode duplicates,
			@RequestParam(defaultValue = "false") boolean skipInvalid, Scope scope, RedirectAttributes redirect) {
		try {
			imports.commit(id, duplicates, skipInvalid, scope);
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("error", FieldMessages.joined(e));
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		try {
			imports.cancel(id);
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("error", FieldMessages.joined(e));
		}
		return "redirect:/imports/" + id;
	}

	/** Template code → title in the page's language (a job keeps the Vietnamese one). */
	private java.util.Map<String, String> titles() {
		java.util.Map<String, String> m = new java.util.HashMap<>();
		imports.templates().forEach(t -> m.put(t.code(), t.title(Messages.locale())));
		return m;
	}

}
