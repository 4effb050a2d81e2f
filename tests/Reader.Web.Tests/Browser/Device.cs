using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>The screens the reader is tested on: a desktop with a mouse, and a phone held by a thumb.</summary>
public enum Device
{
    Desktop,
    Phone,
}

/// <summary>The reader's motion preference: smooth scrolling, or reduced motion.</summary>
public enum Motion
{
    Reduced,
    Smooth,
}

public static class Screens
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    public static readonly Device[] Devices = [Device.Desktop, Device.Phone];
    public static readonly Motion[] Motions = [Motion.Reduced, Motion.Smooth];

    /// <summary>Every device with every motion preference, for the theories that must hold on all of them.</summary>
    public static TheoryData<Device, Motion> EveryDeviceAndMotion()
    {
        var data = new TheoryData<Device, Motion>();
        foreach (var device in Devices)
            foreach (var motion in Motions)
                data.Add(device, motion);
        return data;
    }

    /// <summary>
    /// Each device once and each motion preference once (a desktop with reduced motion, a phone scrolling
    /// smoothly), for the jumps that are instant whatever the preference: a landing after a page load, a find hit.
    /// </summary>
    public static TheoryData<Device, Motion> EachDeviceAndMotion() => new()
    {
        { Device.Desktop, Motion.Reduced },
        { Device.Phone, Motion.Smooth },
    };

    public static ViewportSize Viewport(Device device) => device == Device.Phone
        ? new ViewportSize { Width = PhoneWidth, Height = PhoneHeight }
        : new ViewportSize { Width = 1440, Height = 900 };

    /// <summary>How long a jump may take to settle, as the issue allows it.</summary>
    public static TimeSpan SettleTime(Motion motion) => TimeSpan.FromMilliseconds(motion == Motion.Smooth ? 700 : 100);

    public static string Describe(Device device, Motion motion) =>
        $"{(device == Device.Phone ? "phone 390×844" : "desktop 1440×900")}, {(motion == Motion.Smooth ? "smooth scrolling" : "reduced motion")}";
}
