// Operator new and delete on mimalloc, throwing std::bad_alloc when memory runs out.
//
// libmimalloc.so replaces operator new with mi_new, which on failure calls the C++ new handler
// through a weak get_new_handler of its own that always answers none (mimalloc 2.0.9, alloc.c:
// mi_try_new_handler), then abort()s: the run ended with SIGABRT, no message and no report. These
// replacements, defined in the executable, come first in symbol lookup, so every `new` (the
// runtime's and libstdc++'s too) throws instead, and the CLI turns that into exit 4 with a message
// (docs/usage.md "Limits"). Built only with mimalloc: sanitizer builds keep their own allocator.
#include <cstddef>
#include <mimalloc.h>
#include <new>

namespace {

void* allocate(std::size_t size) {
  while (true) {
    if (void* p = mi_malloc(size)) return p;
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* allocate(std::size_t size, std::align_val_t alignment) {
  while (true) {
    if (void* p = mi_malloc_aligned(size, static_cast<std::size_t>(alignment))) return p;
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) {
  return allocate(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return allocate(size, alignment);
}
void* operator new(std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
  return mi_malloc(size);
}
void* operator new[](std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
  return mi_malloc(size);
}
void* operator new(std::size_t size, std::align_val_t alignment,
                   const std::nothrow_t& /*tag*/) noexcept {
  return mi_malloc_aligned(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment,
                     const std::nothrow_t& /*tag*/) noexcept {
  return mi_malloc_aligned(size, static_cast<std::size_t>(alignment));
}

void operator delete(void* p) noexcept { mi_free(p); }
void operator delete[](void* p) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t /*size*/) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t /*size*/) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t /*alignment*/) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t /*alignment*/) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t /*size*/, std::align_val_t /*alignment*/) noexcept {
  mi_free(p);
}
void operator delete[](void* p, std::size_t /*size*/, std::align_val_t /*alignment*/) noexcept {
  mi_free(p);
}
void operator delete(void* p, const std::nothrow_t& /*tag*/) noexcept { mi_free(p); }
void operator delete[](void* p, const std::nothrow_t& /*tag*/) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t /*alignment*/,
                     const std::nothrow_t& /*tag*/) noexcept {
  mi_free(p);
}
void operator delete[](void* p, std::align_val_t /*alignment*/,
                       const std::nothrow_t& /*tag*/) noexcept {
  mi_free(p);
}
