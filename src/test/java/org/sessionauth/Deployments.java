package org.sessionauth;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as Arquillian deploys it, with the test classes added. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive service(Class<?>... testClasses) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")))
                .addClasses(Api.class, Api.Reply.class, Api.Pair.class, Deployments.class, ShiftedClock.class,
                        MovableClock.class)
                .addClasses(testClasses);
    }
}
