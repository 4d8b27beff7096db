package org.tongban.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;

/** The page shell: Chinese by default, Tongban's stylesheet served as a static file (no npm). */
@Viewport(Viewport.DEVICE_DIMENSIONS)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("通办 · 二连浩特市残疾人事业协同办理平台");
        settings.addLink("stylesheet", "styles/tongban.css");
        settings.addMetaTag("description", "二连浩特市残疾人事业协同办理平台");
    }
}
