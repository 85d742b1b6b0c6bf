#pragma once
// The dashboard's addresses on the hub's server: /login, /logout, / (overview), /visits,
// /orientations, /kiosks, /kiosks/revoke and /static/palier.css. Cookies, redirects and status
// codes live here; who may do what is hub/WebAccess.h's, the pages are hub/WebPages.h's.
#include "hub/HubStore.h"

namespace httplib {
class Server;
}

namespace palier::hub {

// `tls`: the hub serves HTTPS, so cookies are marked Secure.
void AddWebRoutes(httplib::Server& server, HubStore& store, bool tls);

}  // namespace palier::hub
