module com.example.quickstart {
    requires org.slakit.calendars;      // the holiday data; brings org.slakit.core with it
}
