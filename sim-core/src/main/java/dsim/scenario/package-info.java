/**
 * The scenario loader: reads a YAML file, checks every key and value, and builds the
 * validated records of {@link dsim.spec} (or reports one clear line per problem, with its
 * file, line, column and key path). Units, defaults and did-you-mean hints live here; the
 * model never sees any of it.
 */
package dsim.scenario;
