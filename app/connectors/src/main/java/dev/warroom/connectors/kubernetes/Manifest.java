package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The Kubernetes objects in a manifest file (one or more YAML or JSON documents), read locally. */
record Manifest(Path file, List<HasMetadata> objects) {

    Manifest {
        objects = List.copyOf(objects);
    }

    static Manifest read(Path file) throws LocalFileException {
        if (!Files.isRegularFile(file)) {
            throw new LocalFileException("manifest " + file + " does not exist");
        }
        Object parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = new KubernetesSerialization().unmarshal(in);
        } catch (IOException | RuntimeException e) {
            throw new LocalFileException("manifest " + file + " is not Kubernetes YAML or JSON: " + firstLine(e.getMessage()));
        }
        List<HasMetadata> objects = new ArrayList<>();
        collect(parsed, objects);
        if (objects.isEmpty()) {
            throw new LocalFileException("manifest " + file + " holds no Kubernetes objects");
        }
        for (HasMetadata o : objects) {
            if (o.getKind() == null || o.getMetadata() == null || o.getMetadata().getName() == null) {
                throw new LocalFileException("manifest " + file + " has an object without kind or metadata.name");
            }
        }
        return new Manifest(file, objects);
    }

    private static void collect(Object parsed, List<HasMetadata> into) {
        if (parsed instanceof KubernetesList list) {
            list.getItems().forEach(item -> collect(item, into));
        } else if (parsed instanceof List<?> documents) {
            documents.stream().filter(Objects::nonNull).forEach(item -> collect(item, into));
        } else if (parsed instanceof HasMetadata object) {
            into.add(object);
        }
    }

    /** "Deployment web" or "Deployment shop/web". */
    static String name(HasMetadata object) {
        String ns = object.getMetadata().getNamespace();
        return object.getKind() + " " + (ns == null || ns.isBlank() ? "" : ns + "/") + object.getMetadata().getName();
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("unreadable");
    }
}
