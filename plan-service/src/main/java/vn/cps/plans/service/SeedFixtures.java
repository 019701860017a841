package vn.cps.plans.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import vn.cps.platform.problem.ProblemException;

/** The hand-made fixtures of the documents this project started from, shipped under {@code seeds/<kind>/<name>.json}. */
final class SeedFixtures {

    private SeedFixtures() {
    }

    /** The fixture, or a 404 naming what was asked for (e.g. "Seed plan"). */
    static <T> T read(ObjectMapper json, String kind, String name, Class<T> type, String what) {
        if (!name.matches("[a-z0-9-]{1,60}")) {
            throw ProblemException.notFound(what, name);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("seeds/" + kind + "/" + name + ".json")) {
            if (in == null) {
                throw ProblemException.notFound(what, name);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(what + " " + name + " cannot be read", e);
        }
    }
}
