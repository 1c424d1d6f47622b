package io.newsgraph.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds pod specs and containers inside workload resources. */
final class Workloads {

    private static final Set<String> POD_TEMPLATE_KINDS =
            Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    private Workloads() {}

    static Map<String, Object> podSpec(Map<String, Object> resource) {
        Object kind = resource.get("kind");
        if ("Pod".equals(kind)) {
            return Maps.cast(resource.get("spec"));
        }
        if (POD_TEMPLATE_KINDS.contains(kind)) {
            return Maps.cast(Maps.at(resource, "spec", "template", "spec"));
        }
        if ("CronJob".equals(kind)) {
            return Maps.cast(Maps.at(resource, "spec", "jobTemplate", "spec", "template", "spec"));
        }
        return null;
    }

    static List<Map<String, Object>> containers(Map<String, Object> resource) {
        Map<String, Object> pod = podSpec(resource);
        List<Map<String, Object>> containers = new ArrayList<>();
        if (pod != null) {
            for (String field : List.of("initContainers", "containers")) {
                Maps.list(pod.get(field)).forEach(c -> containers.add(Maps.cast(c)));
            }
        }
        return containers;
    }
}
