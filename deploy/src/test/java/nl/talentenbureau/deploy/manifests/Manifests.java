package nl.talentenbureau.deploy.manifests;

import java.nio.file.Path;

/** deploy/k8s read once per test run: the base and both overlays. */
final class Manifests {

    private static Kustomize.Rendered base;
    private static Kustomize.Rendered demo;
    private static Kustomize.Rendered production;

    private Manifests() {
    }

    static Path k8s() {
        return Repository.path("deploy/k8s");
    }

    static synchronized Kustomize.Rendered base() {
        if (base == null) {
            base = Kustomize.render(k8s().resolve("base"));
        }
        return base;
    }

    static synchronized Kustomize.Rendered demo() {
        if (demo == null) {
            demo = Kustomize.render(k8s().resolve("overlays/demo"));
        }
        return demo;
    }

    static synchronized Kustomize.Rendered production() {
        if (production == null) {
            production = Kustomize.render(k8s().resolve("overlays/production"));
        }
        return production;
    }
}
