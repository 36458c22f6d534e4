package io.pryv.sizer.cli;

import io.pryv.sizer.questionnaire.TemplateLayout;
import picocli.CommandLine;

/** Tool version from the jar manifest, with the template version it reads. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"pryv-sizer " + (v == null ? "dev" : v) + " (questionnaire template " + TemplateLayout.TEMPLATE_VERSION + ")"};
    }
}
