package vn.canbo.documents;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the default decision templates at start-up (only those missing: uploaded
 * templates are never overwritten).
 */
@Component
class TemplateSeeder implements ApplicationRunner {

	private final DocumentTemplates templates;

	TemplateSeeder(DocumentTemplates templates) {
		this.templates = templates;
	}

	@Override
	public void run(ApplicationArguments args) {
		templates.seedDefaults();
	}

}
