package io.talentwatch.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Packs compiled test job classes (with their nested classes) into a job jar, as a user's build would. */
final class TestJobJar {

    private TestJobJar() {}

    /** Writes {@code <dir>/<name>} with the job classes, their nested classes and a manifest. */
    static Path build(Path dir, String name, Class<?>... jobClasses) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> jobClass : jobClasses) {
                String packagePath = jobClass.getPackageName().replace('.', '/');
                for (Path classFile : classFilesOf(jobClass)) {
                    jarOut.putNextEntry(new JarEntry(packagePath + "/" + classFile.getFileName()));
                    Files.copy(classFile, jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        return jar;
    }

    /** {@code Job.class} and every {@code Job$*.class} beside it. */
    private static List<Path> classFilesOf(Class<?> jobClass) throws IOException {
        Path packageDir = classesRoot(jobClass).resolve(jobClass.getPackageName().replace('.', '/'));
        String simpleName = jobClass.getSimpleName();
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(packageDir)) {
            classFiles = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.equals(simpleName + ".class")
                                || (name.startsWith(simpleName + "$") && name.endsWith(".class"));
                    })
                    .sorted()
                    .toList();
        }
        if (classFiles.isEmpty()) {
            throw new IOException("No class files for " + jobClass.getName() + " in " + packageDir);
        }
        return classFiles;
    }

    /** The directory the class was loaded from, e.g. {@code target/test-classes}. */
    private static Path classesRoot(Class<?> type) throws IOException {
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(root)) {
                throw new IOException(type.getName() + " was not loaded from a classes directory: " + root);
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
