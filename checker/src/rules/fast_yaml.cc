#include "rules/fast_yaml.h"

#include <yaml.h>

#include <memory>
#include <string>
#include <vector>

namespace copydesk {

namespace {

// A plain scalar yaml-cpp reads as null (its YAML 1.2 core schema).
bool plain_null(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

struct ParserDeleter {
  void operator()(yaml_parser_t* p) const {
    yaml_parser_delete(p);
    delete p;
  }
};

// A mapping or sequence being filled, and for a mapping the key read last.
struct Open {
  YAML::Node node;
  std::optional<YAML::Node> key;
};

}  // namespace

std::optional<YAML::Node> parse_yaml_quickly(std::string_view text) {
  std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) {
    delete parser.release();
    return std::nullopt;
  }
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::vector<Open> stack;
  std::optional<YAML::Node> root;
  int documents = 0;
  // Adds a finished node to the mapping or sequence it belongs to, or makes it the root.
  auto add = [&](YAML::Node node) {
    if (stack.empty()) {
      root = node;
      return;
    }
    Open& open = stack.back();
    if (open.node.IsSequence()) {
      open.node.push_back(node);
    } else if (!open.key) {
      open.key = node;
    } else {
      open.node.force_insert(*open.key, node);
      open.key.reset();
    }
  };
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(parser.get(), &event)) return std::nullopt;
    std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> owned(&event, yaml_event_delete);
    switch (event.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_DOCUMENT_END_EVENT:
        break;
      case YAML_DOCUMENT_START_EVENT:
        if (++documents > 1) return std::nullopt;
        break;
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      case YAML_ALIAS_EVENT:
        return std::nullopt;
      case YAML_SCALAR_EVENT: {
        const auto& s = event.data.scalar;
        if (s.anchor || (s.tag && !s.plain_implicit && !s.quoted_implicit)) return std::nullopt;
        const std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
        add(s.style == YAML_PLAIN_SCALAR_STYLE && plain_null(value) ? YAML::Node(YAML::NodeType::Null)
                                                                     : YAML::Node(std::string(value)));
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
        if (event.data.sequence_start.anchor || (event.data.sequence_start.tag && !event.data.sequence_start.implicit)) {
          return std::nullopt;
        }
        stack.push_back({YAML::Node(YAML::NodeType::Sequence), std::nullopt});
        break;
      case YAML_MAPPING_START_EVENT:
        if (event.data.mapping_start.anchor || (event.data.mapping_start.tag && !event.data.mapping_start.implicit)) {
          return std::nullopt;
        }
        stack.push_back({YAML::Node(YAML::NodeType::Map), std::nullopt});
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        YAML::Node node = stack.back().node;
        stack.pop_back();
        add(node);
        break;
      }
      default:
        return std::nullopt;
    }
  }
  if (!root) return YAML::Node();  // an empty document, as yaml-cpp reads it
  return root;
}

}  // namespace copydesk
